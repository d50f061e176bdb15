import { z } from 'zod';
import { ZId } from '../models';
import { ZIncome } from './form';
import { ZGroup, ZMatter, ZPartyRole, ZSituation, ZStage } from './matters';
import { ZAttachmentView, ZLegalAidStatus, ZTimelineEntry } from './status';

/** An application in the applicant's own list: no personal data, as every list action. */
export const ZMyApplication = z.object({
  id: ZId,
  number: z.string(),
  matter: ZMatter,
  status: ZLegalAidStatus,
  /** The officer's latest reason or request, shown under the status. */
  reason: z.string().optional(),
  submittedAt: z.number(),
  updatedAt: z.number(),
});
export type MyApplication = z.infer<typeof ZMyApplication>;

/** An application in the officers' queue: name and ID number masked. */
export const ZQueueItem = ZMyApplication.extend({
  stage: ZStage,
  area: z.string().optional(),
  nameMasked: z.string(),
  idMasked: z.string(),
  /** Someone already reviews it; `mine` when that is the caller. */
  reviewer: z.enum(['none', 'mine', 'other']),
});
export type QueueItem = z.infer<typeof ZQueueItem>;

/**
 * The applicant's details. Unmasked for the applicant and the reviewing officer; for anyone else the
 * identity fields are masked and the rest (income, address, the story, special notes) left out.
 */
export const ZApplicantView = z.object({
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  sex: z.enum(['男', '女']).optional(),
  ethnicity: z.string().optional(),
  birthDate: z.string().optional(),
  hukou: z.string().optional(),
  address: z.string().optional(),
  employer: z.string().optional(),
  situations: z.array(ZSituation).optional(),
  groups: z.array(ZGroup).optional(),
  partyRole: ZPartyRole.optional(),
  otherParty: z.string().optional(),
  summary: z.string().optional(),
  householdSize: z.number().optional(),
  income: ZIncome.optional(),
  property: z.string().optional(),
  specialNote: z.string().optional(),
  hardshipPledge: z.boolean().optional(),
});
export type ApplicantView = z.infer<typeof ZApplicantView>;

export const ZApplicationDetail = ZQueueItem.omit({ nameMasked: true, idMasked: true }).extend({
  masked: z.boolean(),
  /** Personal data gone after the retention period; only the statistics remain. */
  purged: z.boolean(),
  applicant: ZApplicantView.optional(),
  attachments: z.array(ZAttachmentView),
  timeline: z.array(ZTimelineEntry),
  consent: z.object({ version: z.string(), at: z.number() }).optional(),
});
export type ApplicationDetail = z.infer<typeof ZApplicationDetail>;
