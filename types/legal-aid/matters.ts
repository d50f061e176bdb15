import { z } from 'zod';

/**
 * The words of the Legal Aid Law (法律援助法) that decide eligibility, as the application form and the
 * pre-check use them. Keys are stable codes stored in the database; labels are what residents read.
 */

/** Art. 31: civil and administrative matters legal aid covers; `other` is anything else. */
export const matterLabels = {
  state_compensation: '请求国家赔偿',
  social_insurance: '请求社会保险待遇或社会救助',
  pension: '请求发给抚恤金',
  support: '请求给付赡养费、抚养费、扶养费',
  labour: '请求确认劳动关系或支付劳动报酬（讨薪）',
  capacity: '请求认定无民事行为能力或限制民事行为能力',
  injury: '工伤、交通事故、食品药品、医疗事故人身损害赔偿',
  environment: '环境污染、生态破坏损害赔偿',
  other: '其他事情（如邻里、宅基地、借钱不还等）',
} as const;
export type Matter = keyof typeof matterLabels;
export const matters = Object.keys(matterLabels) as [Matter, ...Matter[]];
export const ZMatter = z.enum(matters, { error: '请选择是什么事' });

/** Art. 32: situations that need no means test at all. */
export const situationLabels = {
  martyr_relative: '英雄烈士近亲属，维护英雄烈士的名誉等权益',
  heroic_act: '因见义勇为主张权益',
  acquitted_retrial: '再审改判无罪，请求国家赔偿',
  abuse_victim: '遭受虐待、遗弃或家庭暴力',
} as const;
export type Situation = keyof typeof situationLabels;
export const situations = Object.keys(situationLabels) as [Situation, ...Situation[]];
export const ZSituation = z.enum(situations, { error: '请选择情形' });

/** Art. 42: people exempt from the hardship check (they bring proof of who they are instead). */
export const groupLabels = {
  no_income_vulnerable: '无固定生活来源的未成年人、老年人、残疾人',
  assistance_recipient: '低保、特困等社会救助、司法救助或优抚对象',
  migrant_worker: '进城务工人员，讨要工资或工伤赔偿',
} as const;
export type Group = keyof typeof groupLabels;
export const groups = Object.keys(groupLabels) as [Group, ...Group[]];
export const ZGroup = z.enum(groups, { error: '请选择人群' });

export const stageLabels = {
  not_started: '还没有起诉或申请仲裁',
  mediation: '正在调解',
  arbitration: '正在仲裁',
  first_instance: '一审',
  second_instance: '二审',
  enforcement: '执行',
} as const;
export type Stage = keyof typeof stageLabels;
export const ZStage = z.enum(Object.keys(stageLabels) as [Stage, ...Stage[]], {
  error: '请选择进行到哪一步',
});

export const partyRoleLabels = {
  claimant: '我要求对方（原告/申请人）',
  respondent: '对方要求我（被告/被申请人）',
  third: '第三人',
} as const;
export type PartyRole = keyof typeof partyRoleLabels;
export const ZPartyRole = z.enum(Object.keys(partyRoleLabels) as [PartyRole, ...PartyRole[]], {
  error: '请选择您是哪一方',
});
