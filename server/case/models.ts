import type { BookingStatus, Place } from '@contracts/booking';
import type { CaseState, Referral } from '@contracts/case/lifecycle';
import type { TimelineEntry } from '@contracts/case/models';
import type { DisputeType } from '@contracts/models';
import type { CaseSource } from '@contracts/plain/report';

/**
 * A stored dispute case. The booking (the appointment) lives inside it so one transaction changes the
 * case and its slot together. Openids are kept for notifications only; views never return them.
 */
export interface CaseDoc {
  _id: string;
  caseNumber: string;
  disputeType: DisputeType;
  description: string;
  residentId: string;
  residentOpenid: string;
  residentName: string;
  residentVillage?: string;
  residentPhoneMasked?: string;
  otherParty: {
    name: string;
    relation: string;
    village: string;
    /** AES-GCM ciphertext; shown only masked. */
    phoneEnc?: string;
    phoneMasked?: string;
  };
  address?: string;
  /** The two names sorted, so a dispute between the same people matches whoever applies. */
  partyKey: string;
  /** Village and address without spaces; '' when no address was given. */
  addressKey: string;
  repeatOf: string[];
  mediatorId: string;
  mediatorOpenid: string;
  mediatorName: string;
  mediatorTitle?: string;
  state: CaseState;
  booking: {
    status: BookingStatus;
    startAt?: number;
    endAt?: number;
    place: Place;
    rescheduleCount: number;
    reason?: string;
  };
  fromConsultationId?: string;
  agreement?: {
    facts: string;
    terms: string[];
    performance: string;
    parties?: { resident: string; other: string };
    agreedAt: number;
  };
  referral?: { to: Referral; note: string };
  /** How the case arrived; a case stored before the field reads as 当事人申请 (every booking was one). */
  source?: CaseSource;
  /** The report figures the mediator recorded (case.recordReport); none yet reads as two people involved. */
  report?: {
    agreementAmount?: number;
    peopleInvolved: number;
    preventedCriminal?: number;
    preventedPetition?: number;
    deadline?: { at: number; what: string };
  };
  invite?: {
    tokenHash: string;
    createdAt: number;
    usedAt?: number;
    attend?: boolean;
    /** Who answered: the registered user (id and name at the time), or an unregistered WeChat user. */
    answeredBy?: { userId?: string; name: string };
  };
  timeline: TimelineEntry[];
  createdAt: number;
  updatedAt: number;
}

/** One claimed slot; its id `slot:<mediatorId>:<startAt>` is what makes a slot bookable only once. */
export interface SlotClaimDoc {
  _id: string;
  mediatorId: string;
  startAt: number;
  endAt: number;
  caseId: string;
  createdAt: number;
}

export interface FollowUpDoc {
  _id: string;
  caseId: string;
  caseNumber: string;
  mediatorId: string;
  parties: string;
  days: number;
  dueAt: number;
  status: 'pending' | 'done';
  honoured?: 'yes' | 'partly' | 'no';
  note?: string;
  doneAt?: number;
}
