import { z } from 'zod';
import { ZBooking, ZMediatorBrief } from '../booking';
import { ZDisputeType, ZEpochMs, ZHeldField, ZId } from '../models';
import { caseEvents, caseStates, referrals } from './lifecycle';
import { ZCaseReport } from './report';
import { ZSigning } from './signing';

export const ZCaseState = z.enum(caseStates);
export const ZReferral = z.enum(referrals, { error: '请选择转介去向' });

export const ZTimelineEntry = z.object({
  at: ZEpochMs,
  event: z.string(),
  text: z.string(),
  by: z.string(),
});
export type TimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZAgreement = z.object({
  facts: z.string(),
  terms: z.array(z.string()),
  performance: z.string(),
  /** The parties' real names, when the mediator wrote them on the agreement. */
  parties: z.object({ resident: z.string(), other: z.string() }).optional(),
  agreedAt: ZEpochMs,
});
export type Agreement = z.infer<typeof ZAgreement>;

export const ZFollowUp = z.object({
  id: z.string(),
  caseId: ZId,
  caseNumber: z.string(),
  parties: z.string(),
  days: z.number().int(),
  dueAt: ZEpochMs,
  due: z.boolean(),
  status: z.enum(['pending', 'done']),
  honoured: z.enum(['yes', 'partly', 'no']).optional(),
  note: z.string().optional(),
});
export type FollowUp = z.infer<typeof ZFollowUp>;

/** A case in a list: enough to see where it stands and what comes next. */
export const ZCaseSummary = z.object({
  id: ZId,
  caseNumber: z.string(),
  disputeType: ZDisputeType,
  state: ZCaseState,
  stateLabel: z.string(),
  nextStep: z.string(),
  booking: ZBooking,
  mediator: ZMediatorBrief,
  residentName: z.string(),
  otherPartyName: z.string(),
  /** Earlier cases between the same parties or at the same address (回头案). */
  repeatOf: z.array(z.string()),
  /** Set when the viewer is the case's other party (registered through the invitation), not its applicant. */
  asParty: z.boolean().optional(),
  createdAt: ZEpochMs,
  updatedAt: ZEpochMs,
});
export type CaseSummary = z.infer<typeof ZCaseSummary>;

export const ZCaseDetail = ZCaseSummary.extend({
  description: z.string(),
  address: z.string().optional(),
  residentVillage: z.string().optional(),
  residentPhoneMasked: z.string().optional(),
  otherParty: z.object({
    name: z.string(),
    relation: z.string(),
    village: z.string(),
    phoneMasked: z.string().optional(),
    /** The real name the other party registered under through the invitation, once they did. */
    registeredName: z.string().optional(),
    attendance: z.enum(['unknown', 'invited', 'attending', 'declined']),
  }),
  viewerRole: z.enum(['resident', 'mediator', 'admin']),
  /** Events the viewer may cause now, from the lifecycle table. */
  allowedEvents: z.array(z.enum(caseEvents)),
  agreement: ZAgreement.optional(),
  signing: ZSigning.optional(),
  referral: z.object({ to: ZReferral, note: z.string() }).optional(),
  /** The grid event this case came from (a dispute a grid worker found on patrol). */
  fromGridEventId: ZId.optional(),
  followUps: z.array(ZFollowUp),
  /** The bureau's report figures of the case, for the mediator and the admin only. */
  report: ZCaseReport.optional(),
  timeline: z.array(ZTimelineEntry),
  /** The viewer's own texts in this case that wait for review or were rejected (others see a placeholder). */
  held: z.array(ZHeldField).optional(),
});
export type CaseDetail = z.infer<typeof ZCaseDetail>;
