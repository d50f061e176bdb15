import type { ConsultationStatus, MessageStatus, Outcome, Side } from '@contracts/consultation';
import type { DisputeType } from '@contracts/models';
import type { MediatorDoc } from '../models';

/**
 * A stored consultation, read by the functions only (clients watch its signal in feed.ts). Views never hand
 * the openids to the other side. Unassigned fields are '' rather than null so queries on them stay plain
 * equalities.
 */
export interface ConsultationDoc {
  _id: string;
  clientKey: string;
  residentOpenid: string;
  residentId: string;
  residentName: string;
  residentVillage?: string;
  mediatorOpenid: string;
  mediatorId: string;
  /** The mediator the resident chose; '' when the system assigns. */
  requestedMediatorId: string;
  disputeType: DisputeType;
  description: string;
  /** The description waits for an admin's review: the mediator sees a placeholder meanwhile. */
  descriptionHeld: boolean;
  status: ConsultationStatus;
  awaiting: Side;
  unreadResident: number;
  unreadMediator: number;
  residentReadAt: number;
  mediatorReadAt: number;
  /** Last sign of the resident in the chat page; a reply then needs no subscribe message. */
  residentActiveAt: number;
  lastMessage: string;
  lastMessageAt: number;
  assignedAt?: number;
  closedAt?: number;
  outcome?: Outcome;
  rating?: number;
  ratingSkipped?: boolean;
  /** A dispute a team member screened on a visit, that this consultation was started from (issue 13). */
  fromVisitRecordId?: string;
  /** A case was booked from this consultation: it no longer counts as prevented (server/stats/rollups.ts). */
  caseMade?: boolean;
  createdAt: number;
  updatedAt: number;
}

/**
 * A stored message, read by the functions only; clients read its projection in feed.ts. `residentOpenid` and
 * `mediatorOpenid` are its readers ('' for a side that may not read it): the sender always, the other side only
 * once the message passed its checks and a mediator is assigned.
 */
export interface MessageDoc {
  _id: string;
  consultationId: string;
  clientMsgId: string;
  side: Side;
  senderId: string;
  residentOpenid: string;
  mediatorOpenid: string;
  kind: 'text' | 'photo';
  text?: string;
  fileID?: string;
  photoUrl?: string;
  status: MessageStatus;
  refusedReason?: string;
  /** The mediaCheckAsync trace, matched when the verdict arrives. */
  traceId?: string;
  isDescription?: boolean;
  createdAt: number;
}

/** A mediator with the count of open consultations, kept by the assignment transaction. */
export type MediatorLoadDoc = MediatorDoc & { openCount?: number };

export interface NoteDoc {
  _id: string;
  consultationId: string;
  mediatorId: string;
  note: string;
  updatedAt: number;
}

export interface QuickReplyDoc {
  _id: string;
  mediatorId: string;
  text: string;
  createdAt: number;
}

export interface NotificationDoc {
  _id: string;
  touser: string;
  templateId: string;
  purpose: string;
  result: 'sent' | 'no_credit' | 'failed';
  errCode?: number;
  at: number;
}
