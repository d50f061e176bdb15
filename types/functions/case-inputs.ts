import { z } from 'zod';
import { directEvents, referrals } from '../case/lifecycle';
import { ZId } from '../models';

const text = (max: number, what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}不超过${max}个字`);

export const ZAgreementInput = z.strictObject({
  facts: text(1000, '纠纷事实'),
  terms: z.array(text(300, '协议条款')).min(1, '至少写一条协议内容').max(20, '协议内容最多20条'),
  performance: text(200, '履行方式和期限'),
  /**
   * The parties' names as on their ID cards, which the mediator checks at the table: the case knows the
   * resident only by their WeChat name. Without them the agreement uses the names the case was booked under.
   */
  parties: z.strictObject({ resident: text(20, '甲方姓名'), other: text(20, '乙方姓名') }).optional(),
});

export const ZTransitionInput = z.strictObject({
  caseId: ZId,
  event: z.enum(directEvents, { error: '不支持的操作' }),
  agreement: ZAgreementInput.optional(),
  referral: z
    .strictObject({
      to: z.enum(referrals, { error: '请选择转介去向' }),
      note: z.string().trim().max(200).default(''),
    })
    .optional(),
  note: z.string().trim().max(200, '备注不超过200个字').optional(),
});
export type TTransitionInput = z.input<typeof ZTransitionInput>;

export const ZFollowUpInput = z.strictObject({
  followUpId: z.string().min(1).max(80),
  honoured: z.enum(['yes', 'partly', 'no'], { error: '请选择协议履行情况' }),
  note: z.string().trim().max(300, '回访记录不超过300个字').default(''),
});

export const ZWorkbenchInput = z.strictObject({ tab: z.enum(['active', 'done']) });

/** The one-time token of an invitation card: 32 hex characters. */
export const ZInviteToken = z
  .string()
  .length(32, '邀请链接无效')
  .regex(/^[0-9a-f]{32}$/, '邀请链接无效');
export const ZAttendInput = z.strictObject({ token: ZInviteToken, attend: z.boolean() });
export const ZCaseId = z.strictObject({ caseId: ZId });

/** Which party's phone the mediator asks for: the resident who booked, or the other party they named. */
export const phoneParties = ['resident', 'otherParty'] as const;
export const ZRevealPhoneInput = z.strictObject({
  caseId: ZId,
  party: z.enum(phoneParties, { error: '请选择要联系的当事人' }),
});
export type TRevealPhoneInput = z.input<typeof ZRevealPhoneInput>;
