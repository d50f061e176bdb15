import { z } from 'zod';
import { defineAction } from '../contract';
import { ZDocumentFile } from '../documents';
import { ZId } from '../models';
import { teamMemberRoles } from '../plain/team';
import { ZMonthKey, ZTeamRules } from '../team/ledger';
import {
  ZCompliance,
  ZMemberLedger,
  ZOpenedVisit,
  ZReviewItem,
  ZTeamGuest,
  ZTeamMember,
  ZVillageName,
  ZWorkLog,
} from '../team/ledger-views';
import { ZTeamMemberRole } from '../team/models';

const members = teamMemberRoles;
const membersAndAdmins = [...teamMemberRoles, 'admin'] as const;

export const ZAppointInput = z.strictObject({
  userId: ZId,
  role: ZTeamMemberRole,
  villageIds: z.array(ZId).min(1, '请至少选择一个村（社区）').max(20, '一人最多服务20个村（社区）'),
});

export const ZGuestInput = z.strictObject({
  target: z.strictObject({ kind: z.enum(['visit', 'case']), id: ZId }),
  /** For a case: the village whose team the person joins (a visit names its own). */
  villageId: ZId.optional(),
  name: z.string().trim().min(2, '请填写姓名').max(20, '姓名不超过20个字'),
  duty: z.string().trim().min(1, '请填写身份，例如村调解员').max(20, '身份不超过20个字'),
});

/** A week `YYYY-Www` or a month `YYYY-MM`. */
const ZPeriodKey = z
  .string()
  .max(8, '时段格式不对')
  .regex(/^20\d{2}-(W\d{2}|0[1-9]|1[0-2])$/, '时段格式不对');

export const ZMemberPeriodInput = z.strictObject({ memberId: ZId.optional(), period: ZPeriodKey.optional() });
export const ZMemberMonthInput = z.strictObject({ memberId: ZId.optional(), month: ZMonthKey });
export const ZSaveNoteInput = z.strictObject({
  day: z
    .string()
    .max(10, '日期格式不对')
    .regex(/^20\d{2}-\d{2}-\d{2}$/, '日期格式不对')
    .refine((d) => {
      const at = Date.parse(`${d}T00:00:00Z`);
      return !Number.isNaN(at) && new Date(at).toISOString().startsWith(d);
    }, '日期格式不对'),
  text: z.string().trim().max(500, '日志不超过500字'),
});
export const ZAreaMonthInput = z.strictObject({ month: ZMonthKey, areaId: ZId.optional() });
export const ZCloseMonthInput = z.strictObject({
  month: ZMonthKey,
  areaId: ZId,
  comments: z
    .array(z.strictObject({ memberId: ZId, comment: z.string().trim().min(1).max(200, '评语不超过200字') }))
    .max(500),
});

/** The `team` function: the "x+N" team of each village, the "four at least" ledger, work logs and the bureau's monthly review. */
export const teamContract = {
  appoint: defineAction({
    summary: '管理员任命法律顾问或新乡贤并分配所服务的村（社区），只能是自己范围内的村',
    audience: ['admin'],
    input: ZAppointInput,
    output: ZTeamMember,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  team: defineAction({
    summary: '某村（社区）的法律服务团队：固定成员（x）和按名字加入某次走访或案件的成员（N）',
    audience: membersAndAdmins,
    input: z.strictObject({ villageId: ZId }),
    output: z.object({ village: ZVillageName, members: z.array(ZTeamMember), guests: z.array(ZTeamGuest) }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  addGuest: defineAction({
    summary: '把没有账号的人按名字加入一次走访（走访的成员或管理员）或一件案件（管理员）',
    audience: membersAndAdmins,
    input: ZGuestInput,
    output: ZTeamGuest,
    errors: ['NOT_FOUND', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  ledger: defineAction({
    summary: '“四个至少”台账：成员在每个村本周期（新乡贤每周、法律顾问每月）各项完成与否、还差什么',
    audience: membersAndAdmins,
    input: ZMemberPeriodInput,
    output: ZMemberLedger,
    errors: ['NOT_FOUND'],
  }),
  workLog: defineAction({
    summary: '工作日志：按天列出签到、签退和记录，附成员自己的备注',
    audience: membersAndAdmins,
    input: ZMemberMonthInput,
    output: ZWorkLog,
    errors: ['NOT_FOUND'],
  }),
  saveNote: defineAction({
    summary: '成员修改某天的工作日志备注；当月被司法局审核封存后不能再改',
    audience: members,
    input: ZSaveNoteInput,
    output: z.object({ day: z.string(), note: z.string().optional() }),
    errors: ['NOT_FOUND', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  exportLog: defineAction({
    summary: '把某月的工作日志和台账导出为 Word 文档（.docx，一小时内有效的下载地址）',
    audience: membersAndAdmins,
    input: ZMemberMonthInput,
    output: ZDocumentFile,
    errors: ['NOT_FOUND'],
  }),
  rules: defineAction({
    summary: '“四个至少”的规则：每种成员多久一次、要做哪几项、提前几天提醒',
    audience: membersAndAdmins,
    input: z.strictObject({}),
    output: ZTeamRules,
    errors: [],
  }),
  saveRules: defineAction({
    summary: '县司法局修改“四个至少”的规则（只有全县范围的管理员可以）',
    audience: ['admin'],
    input: ZTeamRules,
    output: ZTeamRules,
    errors: ['FORBIDDEN'],
  }),
  compliance: defineAction({
    summary: '司法局按镇、村、成员看某月“四个至少”完成情况：谁落后、差哪一项',
    audience: ['admin'],
    input: ZAreaMonthInput,
    output: ZCompliance,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  exportCompliance: defineAction({
    summary: '把某月完成情况导出为表格（.xlsx）交司法局',
    audience: ['admin'],
    input: ZAreaMonthInput,
    output: ZDocumentFile,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  reviewQueue: defineAction({
    summary: '某月需要复核的签到、签退及原因（不含照片和精确位置）',
    audience: ['admin'],
    input: ZAreaMonthInput,
    output: z.object({ items: z.array(ZReviewItem) }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  viewCheckIn: defineAction({
    summary: '打开一次走访的签到、签退：精确位置和现场照片（临时地址），查看记入操作日志',
    audience: ['admin'],
    input: z.strictObject({ visitId: ZId }),
    output: ZOpenedVisit,
    errors: ['NOT_FOUND'],
  }),
  closeMonth: defineAction({
    summary: '司法局完成某月审核并封存：范围内各村当月的走访、记录和日志从此不能再改，可给每位成员写评语',
    audience: ['admin'],
    input: ZCloseMonthInput,
    output: z.object({ month: z.string(), closed: z.number(), alreadyClosed: z.number() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  subscribeReminder: defineAction({
    summary: '成员同意接收一次“台账还差什么”的提醒（订阅消息）',
    audience: members,
    input: z.strictObject({ accepted: z.boolean() }),
    output: z.object({ subscribed: z.boolean() }),
    errors: [],
  }),
};
