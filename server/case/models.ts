import type { BookingStatus, Place } from '@contracts/booking';
import type { CaseState, Referral } from '@contracts/case/lifecycle';
import type { TimelineEntry } from '@contracts/case/models';
import type { SigningSide } from '@contracts/case/signing';
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
  /** A dispute a team member screened on a visit, that this case was booked from (issue 13). */
  fromVisitRecordId?: string;
  /** The grid event (a dispute found on patrol) this case was made from; the event links back by caseLink. */
  fromGridEventId?: string;
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
  /** The other party, once registered through the invitation: who may see and sign as 乙方. */
  party?: PartyDoc;
  /** The signatures on the current terms; emptied by any change of the terms. */
  signing?: SigningDoc;
  judicial?: JudicialDoc;
  /** The case's own code (一案一码), made on first use; unguessable, so a code is no key by itself. */
  code?: string;
  timeline: TimelineEntry[];
  createdAt: number;
  updatedAt: number;
}

export interface PartyDoc {
  userId: string;
  openid: string;
  realName: string;
  /** AES-GCM ciphertext; others see it masked. */
  phoneEnc: string;
  phoneMasked: string;
  attend: boolean;
  joinedAt: number;
}

export interface SignatureDoc {
  side: SigningSide;
  userId: string;
  openid: string;
  /** The name signed under, equal to the agreement's name for that side. */
  realName: string;
  signedAt: number;
  /** SHA-256 of the exact agreement text the signer read. */
  textHash: string;
  imageFileId: string;
  /** SHA-256 of the drawing's bytes, so a swapped picture in a document is seen. */
  imageHash: string;
  faceResult?: string;
}

export interface SigningDoc {
  signatures: SignatureDoc[];
  /** When the second party signed: the agreement binds from then and the 30 days run from it. */
  effectiveAt?: number;
  verifyCode?: string;
}

export interface JudicialDoc {
  /** Each side's ID photos (their own uploads), for the application package. */
  idFiles: Partial<Record<SigningSide, string[]>>;
  outcome?: { result: 'confirmed' | 'rejected'; rulingNumber: string; reportedAt: number };
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
