import type { AreaRef, Point } from '@contracts/area/models';
import type { DisputeType } from '@contracts/models';
import type {
  RiskCode,
  RiskLevel,
  TeamMemberRole,
  VisitCloser,
  VisitPeriod,
  VisitRecordKind,
} from '@contracts/team/models';

/**
 * Stored shapes of the "x+N" legal service team (issue 13). The ledger helper writes `team_members` (an
 * admin appoints and assigns villages); the visit function writes `visits` and `visit_records` and reads
 * `team_members` to refuse a check-in at a village not assigned. Keep changes additive: both sides read
 * these.
 */
export interface TeamMemberDoc {
  _id: string;
  /** The member's user id: one membership per user (unique index). */
  userId: string;
  role: TeamMemberRole;
  name: string;
  /** Area node ids of level village the member serves. */
  villageIds: string[];
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** The function's verdict on one stamp: the reasons with their words, as the bureau reads them. */
export interface StoredRisk {
  level: RiskLevel;
  reasons: { code: RiskCode; text: string }[];
}

/** A check-in or sign-out: where and when (by the server and by the phone), how well located, the photo. */
export interface Stamp {
  /** Server time of arrival (ms). */
  at: number;
  /** The phone's time when the location was taken (ms); earlier than `at` for an offline upload. */
  clientAt: number;
  /** Median of the samples, in GCJ-02 (converted from WGS-84 when the phone reported that). */
  point: Point;
  /** The median reported accuracy of the samples, in metres. */
  accuracy: number;
  samples: number;
  /** Largest distance of a sample from the median, in metres: zero means no GPS jitter at all. */
  spreadM: number;
  /**
   * When it was really taken: the phone's time corrected by the phone's clock error at sending. The visit's
   * day and period, and the speed from the previous stamp, count from this.
   */
  takenAt: number;
  /** The live photo in the member's own upload folder; removed by the retention purge. */
  photoFileId?: string;
  /** The photo's content check (mediaCheckAsync): shown to the bureau once `pass`. */
  photoCheck?: 'checking' | 'pass' | 'refused';
  /** The check's trace id, matched when WeChat pushes the verdict (never sent to a client). */
  photoTraceId?: string;
  risk: StoredRisk;
  /** Sent well after it was taken (补传). */
  late: boolean;
}

export interface VisitDoc {
  _id: string;
  /** The member's user id. */
  memberId: string;
  memberRole: TeamMemberRole;
  villageId: string;
  area: AreaRef;
  status: 'open' | 'closed';
  checkIn: Stamp;
  checkOut?: Stamp;
  closedBy?: VisitCloser;
  /** When it was closed: the sign-out, or the end of the Beijing day when the timer closed it. */
  closedAt?: number;
  /** Set by the retention purge: points coarsened to about a kilometre, photos deleted. */
  locationPurgedAt?: number;
  period: VisitPeriod;
  createdAt: number;
  updatedAt: number;
}

export interface VisitRecordDoc {
  _id: string;
  visitId?: string;
  memberId: string;
  villageId: string;
  area: AreaRef;
  kind: VisitRecordKind;
  at: number;
  topic: string;
  attendance?: number;
  note?: string;
  photoFileIds: string[];
  /** Each photo's content check (mediaCheckAsync), as a live photo's: a refused one is hidden. */
  photoChecks?: { fileId: string; traceId: string; status: 'checking' | 'pass' | 'refused' }[];
  /** The consultation or case a screened dispute became, or that an `app` record counts. */
  linked?: { kind: 'consultation' | 'case'; id: string };
  /** `app`: a consultation or case the member handled in the app, counted automatically. */
  source: 'visit' | 'app';
  /** A dispute found while screening, as the member wrote it down; what a consultation or case starts from. */
  dispute?: ScreenedDispute;
  period: VisitPeriod;
  createdAt: number;
}

export interface ScreenedDispute {
  disputeType: DisputeType;
  partyName: string;
  otherPartyName: string;
  relation: string;
  description: string;
}
