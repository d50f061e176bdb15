import { z } from 'zod';
import { ZPhone } from '../functions/user';
import { isValidIdNumber } from './id-number';
import { ZGroup, ZMatter, ZPartyRole, ZSituation, ZStage } from './matters';
import { asksHardshipPledge } from './means-test';
import { ZAttachmentRef } from './status';

const text = (max: number, missing = '请填写') =>
  z.string({ error: missing }).trim().max(max, `不超过${max}个字`);
const required = (label: string, max: number) => text(max, `请填写${label}`).min(1, `请填写${label}`);
const yuan = z
  .number({ error: '请填写金额' })
  .int('请填写整数')
  .min(0, '不能是负数')
  .max(10_000_000, '数字太大了');

/** Monthly household income by source, in yuan. */
export const ZIncome = z.strictObject(
  { wages: yuan, business: yuan, pension: yuan, other: yuan },
  { error: '请填写家庭每月收入' },
);
export type Income = z.infer<typeof ZIncome>;

/**
 * The standard legal-aid application form (法律援助申请表), complete: what submit requires. Messages name
 * the field in plain words because they are shown on the screen that asks for it. The pledge is required
 * exactly when the means-test rule asks it (the app shows its screen by the same rule).
 */
export const ZApplicationForm = z
  .strictObject({
    name: required('姓名', 20),
    sex: z.enum(['男', '女'], { error: '请选择性别' }),
    birthDate: z
      .string({ error: '请填写出生日期' })
      .max(10, '请选择出生日期')
      .regex(/^\d{4}-\d{2}-\d{2}$/, '请选择出生日期'),
    ethnicity: required('民族', 10),
    idNumber: z
      .string({ error: '请填写身份证号' })
      .trim()
      .max(18, '身份证号不对，请核对18位号码')
      .refine(isValidIdNumber, '身份证号不对，请核对18位号码'),
    hukou: required('户籍所在地', 60),
    phone: ZPhone,
    address: required('现住址', 80),
    employer: text(40).optional(),
    situations: z.array(ZSituation, { error: '请选择特殊情形（没有就选“都不是”）' }).max(4),
    groups: z.array(ZGroup, { error: '请选择所属人群（没有就选“都不是”）' }).max(3),
    matter: ZMatter,
    partyRole: ZPartyRole,
    stage: ZStage,
    otherParty: required('对方姓名或单位', 40),
    summary: text(800, '请说说发生了什么').min(10, '请用至少10个字说说发生了什么'),
    householdSize: z.number({ error: '请填写家里几口人' }).int().min(1, '至少1人').max(20, '不超过20人'),
    income: ZIncome,
    property: required('家庭财产情况（没有就写“无”）', 200),
    /** Disability, domestic violence and the like: the most sensitive part, optional. */
    specialNote: text(300).optional(),
    /**
     * 个人诚信承诺: the applicant declares their hardship truthfully (Art. 41) instead of bringing a
     * certificate. Only asked under the `declaration` means test; ignored otherwise.
     */
    hardshipPledge: z.boolean().optional(),
    attachments: z.array(ZAttachmentRef, { error: '请拍一张身份证照片' }).max(20, '照片最多20张'),
  })
  .superRefine((form, ctx) => {
    if (asksHardshipPledge(form) && form.hardshipPledge === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hardshipPledge'], message: '请选择是否签经济困难承诺' });
    }
  });
export type ApplicationForm = z.infer<typeof ZApplicationForm>;

/**
 * A draft: any part of the form, with only lengths checked, so a half-typed ID number is still saved
 * and nothing is lost when the app closes.
 */
export const ZDraftForm = z.strictObject({
  name: text(20).optional(),
  sex: z.enum(['男', '女']).optional(),
  birthDate: text(10).optional(),
  ethnicity: text(10).optional(),
  idNumber: text(18).optional(),
  hukou: text(60).optional(),
  phone: text(11).optional(),
  address: text(80).optional(),
  employer: text(40).optional(),
  situations: z.array(ZSituation).max(4).optional(),
  groups: z.array(ZGroup).max(3).optional(),
  matter: ZMatter.optional(),
  partyRole: ZPartyRole.optional(),
  stage: ZStage.optional(),
  otherParty: text(40).optional(),
  summary: text(800).optional(),
  householdSize: z.number().int().min(0).max(20).optional(),
  income: ZIncome.partial().optional(),
  property: text(200).optional(),
  specialNote: text(300).optional(),
  hardshipPledge: z.boolean().optional(),
  attachments: z.array(ZAttachmentRef).max(20, '照片最多20张').optional(),
});
export type DraftForm = z.infer<typeof ZDraftForm>;
