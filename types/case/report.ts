import { z } from 'zod';
import { ZEpochMs, ZId } from '../models';
import { caseSources, reportLimits } from '../plain/report';

const people = (what: string) =>
  z
    .number({ error: `请填写${what}` })
    .int(`${what}要填整数`)
    .min(1, `${what}至少1人`)
    .max(reportLimits.peopleMax, `${what}不超过${reportLimits.peopleMax}人`);

export const ZCaseSource = z.enum(caseSources, { error: '请选择案件来源' });

/**
 * The report figures of a case as the mediator records them. The prevention figures are the people kept from
 * a criminal case (防止民间纠纷转化为刑事案件) or a group petition (防止群体性上访); present means the case
 * counts under it. The deadline is what a failed mediation runs towards (a demolition date, a wage due), read
 * by the early warning.
 */
export const ZCaseReport = z.object({
  source: ZCaseSource,
  agreementAmount: z.number().int().optional(),
  peopleInvolved: z.number().int(),
  preventedCriminal: z.number().int().optional(),
  preventedPetition: z.number().int().optional(),
  deadline: z.object({ at: ZEpochMs, what: z.string() }).optional(),
});
export type CaseReport = z.infer<typeof ZCaseReport>;

export const ZCaseReportInput = z
  .strictObject({
    caseId: ZId,
    source: ZCaseSource,
    agreementAmount: z
      .number({ error: '协议金额要填数字' })
      .int('协议金额按元填整数')
      .min(0, '协议金额不能是负数')
      .max(reportLimits.amountMax, '协议金额不超过1亿元')
      .optional(),
    peopleInvolved: people('涉及人数').min(reportLimits.peopleMin, `涉及人数至少${reportLimits.peopleMin}人`),
    preventedCriminal: people('防止转化为刑事案件的人数').optional(),
    preventedPetition: people('防止群体性上访的人数').optional(),
    deadline: z
      .strictObject({
        at: ZEpochMs,
        what: z
          .string({ error: '请写明是什么期限' })
          .trim()
          .min(1, '请写明是什么期限')
          .max(reportLimits.deadlineWhatMax, `期限说明不超过${reportLimits.deadlineWhatMax}个字`),
      })
      .optional(),
  })
  .refine((v) => (v.preventedCriminal ?? 0) <= v.peopleInvolved, {
    message: '防止刑事案件的人数不能多于涉及人数',
    path: ['preventedCriminal'],
  })
  .refine((v) => (v.preventedPetition ?? 0) <= v.peopleInvolved, {
    message: '防止上访的人数不能多于涉及人数',
    path: ['preventedPetition'],
  });
export type TCaseReportInput = z.input<typeof ZCaseReportInput>;
