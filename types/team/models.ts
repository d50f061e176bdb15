import { z } from 'zod';
import { ZAreaRef, ZPoint } from '../area/models';
import { ZDisputeType, ZEpochMs, ZId } from '../models';
import { riskCodes, riskLevels, teamMemberRoles, visitClosers, visitRecordKinds } from '../plain/team';

export {
  type CoordSystem,
  coordSystems,
  periodOf,
  type RiskCode,
  type RiskLevel,
  riskCodes,
  riskLevelLabels,
  riskLevels,
  type TeamMemberRole,
  teamMemberRoles,
  type VisitCloser,
  type VisitPeriod,
  type VisitRecordKind,
  visitClosers,
  visitRecordKindLabels,
  visitRecordKinds,
} from '../plain/team';

export const ZTeamMemberRole = z.enum(teamMemberRoles, { error: '请选择法律顾问或新乡贤' });
export const ZVisitRecordKind = z.enum(visitRecordKinds, { error: '请选择做了什么' });
export const ZRiskLevel = z.enum(riskLevels);
export const ZVisitCloser = z.enum(visitClosers);

export const ZVisitPeriod = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  month: z.string().regex(/^\d{4}-\d{2}$/),
});

/** One reason a stamp needs review, with its words (and figures) for the bureau and the member. */
export const ZRiskReason = z.object({ code: z.enum(riskCodes), text: z.string() });
export type RiskReason = z.infer<typeof ZRiskReason>;

/** The function's verdict on a check-in or sign-out: a level and every reason, never a bare pass or fail. */
export const ZRisk = z.object({ level: ZRiskLevel, reasons: z.array(ZRiskReason) });
export type Risk = z.infer<typeof ZRisk>;

/**
 * A check-in or sign-out as the member and the bureau see it: the place in GCJ-02, how the location was
 * taken, the live photo as a temporary URL (never the file id), and the verdict.
 */
export const ZStampView = z.object({
  at: ZEpochMs,
  clientAt: ZEpochMs,
  point: ZPoint,
  accuracy: z.number(),
  samples: z.number().int(),
  spreadM: z.number(),
  photoUrl: z.string().optional(),
  risk: ZRisk,
  /** Taken offline and sent later (补传). */
  late: z.boolean(),
});
export type StampView = z.infer<typeof ZStampView>;

/** A visit of a member to one of their villages. */
export const ZVisit = z.object({
  id: ZId,
  memberId: ZId,
  memberName: z.string(),
  memberRole: ZTeamMemberRole,
  villageId: ZId,
  villageName: z.string(),
  area: ZAreaRef,
  status: z.enum(['open', 'closed']),
  checkIn: ZStampView,
  checkOut: ZStampView.optional(),
  closedBy: ZVisitCloser.optional(),
  period: ZVisitPeriod,
  createdAt: ZEpochMs,
});
export type Visit = z.infer<typeof ZVisit>;

/** What a member recorded: on a visit, or counted from a consultation or case they handled in the app. */
export const ZVisitRecord = z.object({
  id: ZId,
  visitId: ZId.optional(),
  memberId: ZId,
  villageId: ZId,
  kind: ZVisitRecordKind,
  at: ZEpochMs,
  topic: z.string(),
  attendance: z.number().int().optional(),
  note: z.string().optional(),
  photoUrls: z.array(z.string()),
  linked: z.object({ kind: z.enum(['consultation', 'case']), id: ZId }).optional(),
  /** A screening that found a dispute: what a consultation or a case starts from. */
  dispute: z
    .object({
      disputeType: ZDisputeType,
      partyName: z.string(),
      otherPartyName: z.string(),
      relation: z.string(),
      description: z.string(),
    })
    .optional(),
  source: z.enum(['visit', 'app']),
  period: ZVisitPeriod,
  createdAt: ZEpochMs,
});
export type VisitRecord = z.infer<typeof ZVisitRecord>;
