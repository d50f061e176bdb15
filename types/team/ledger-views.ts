import { z } from 'zod';
import { ZEpochMs, ZId } from '../models';
import { ZVillageLedger } from './ledger';
import { ZTeamMemberRole } from './models';

/** A village as a list names it. */
export const ZVillageName = z.object({ id: ZId, name: z.string() });

/** A member of the "x" of a village team as an admin or the member sees them: no contact data. */
export const ZTeamMember = z.object({
  /** The member's user id (what visits and records store as `memberId`). */
  id: ZId,
  name: z.string(),
  role: ZTeamMemberRole,
  villages: z.array(ZVillageName),
  active: z.boolean(),
});
export type TeamMember = z.infer<typeof ZTeamMember>;

/** One of the "N": a person added by name to a single visit or case, with no account. */
export const ZTeamGuest = z.object({
  id: ZId,
  name: z.string(),
  duty: z.string(),
  target: z.object({ kind: z.enum(['visit', 'case']), id: ZId }),
  addedAt: ZEpochMs,
});
export type TeamGuest = z.infer<typeof ZTeamGuest>;

/** A member's ledger for a period, across their villages, and whether the bureau has closed the month. */
export const ZMemberLedger = z.object({
  member: ZTeamMember,
  period: z.string(),
  periodLabel: z.string(),
  villages: z.array(ZVillageLedger),
  /** The bureau closed the month this period ends in: nothing can be added to it. */
  closed: z.boolean(),
  /** The bureau's comment on the member's month, once given. */
  comment: z.string().optional(),
});
export type MemberLedger = z.infer<typeof ZMemberLedger>;

/** One day of a member's work log: what the app recorded, and the member's own note. */
export const ZWorkLogDay = z.object({
  day: z.string(),
  label: z.string(),
  entries: z.array(z.object({ at: ZEpochMs, text: z.string() })),
  note: z.string().optional(),
});
export type WorkLogDay = z.infer<typeof ZWorkLogDay>;

export const ZWorkLog = z.object({
  member: ZTeamMember,
  month: z.string(),
  days: z.array(ZWorkLogDay),
  closed: z.boolean(),
});
export type WorkLog = z.infer<typeof ZWorkLog>;

/** One member in one village over a month, as the bureau reviews it. */
export const ZComplianceRow = z.object({
  memberId: ZId,
  memberName: z.string(),
  role: ZTeamMemberRole,
  villageId: ZId,
  villageName: z.string(),
  townName: z.string(),
  /** The periods of the month: one for a legal adviser, the weeks for a local figure. */
  periods: z.array(
    z.object({
      period: z.string(),
      periodLabel: z.string(),
      met: z.boolean(),
      missing: z.array(z.string()),
      daysLeft: z.number(),
    }),
  ),
  met: z.boolean(),
  /** What is behind, in words: `第49周：法治讲座` or `法治宣传`. */
  behind: z.array(z.string()),
  /** Check-ins and sign-outs of the month that need review. */
  needReview: z.number(),
  comment: z.string().optional(),
});
export type ComplianceRow = z.infer<typeof ZComplianceRow>;

export const ZCompliance = z.object({
  month: z.string(),
  /** The area shown (the admin's scope unless one was asked for), for closing its month. */
  areaId: ZId,
  areaName: z.string(),
  rows: z.array(ZComplianceRow),
  /** Villages of the area whose month the bureau has closed. */
  closedVillageIds: z.array(ZId),
});
export type Compliance = z.infer<typeof ZCompliance>;

/** A check-in or sign-out that needs review, with its reasons in words; the photo only on opening it. */
export const ZReviewItem = z.object({
  visitId: ZId,
  memberName: z.string(),
  role: ZTeamMemberRole,
  villageName: z.string(),
  stamp: z.enum(['checkIn', 'checkOut']),
  at: ZEpochMs,
  reasons: z.array(z.string()),
  late: z.boolean(),
});
export type ReviewItem = z.infer<typeof ZReviewItem>;

/** A stamp opened for review: the exact place and the live photo (its opening is in the audit log). */
export const ZOpenedStamp = z.object({
  at: ZEpochMs,
  clientAt: ZEpochMs,
  point: z.object({ lng: z.number(), lat: z.number() }),
  accuracy: z.number(),
  photoUrl: z.string().optional(),
  reasons: z.array(z.string()),
});

export const ZOpenedVisit = z.object({
  visitId: ZId,
  memberName: z.string(),
  villageName: z.string(),
  checkIn: ZOpenedStamp,
  checkOut: ZOpenedStamp.optional(),
});
export type OpenedVisit = z.infer<typeof ZOpenedVisit>;
