import { placeLabels } from '@contracts/booking';
import type { CaseActor } from '@contracts/case/lifecycle';
import { caseStateLabels } from '@contracts/case/lifecycle';
import type { PartyCase } from '@contracts/case/party';
import type { SigningSide } from '@contracts/case/signing';
import { AppError } from '../app-error';
import { slotLabel } from '../booking/slots';
import { Collections } from '../collections';
import { getById } from '../db';
import type { UserDoc } from '../models';
import { actorOf } from './lifecycle';
import type { CaseDoc } from './models';
import { sideOf, signingView } from './signing';

/**
 * Timeline entries meant for both sides: the appointment, the mediation's course and the agreement.
 * Anything else (the application, the applicant's own changes, notes for the mediator, follow-ups) stays
 * with the applicant and the mediator; a new kind of entry is private until it is named here.
 */
const sharedEvents = new Set([
  'schedule',
  'reschedule',
  'start',
  'succeed',
  'fail',
  'close',
  'attendance',
  'party_joined',
  'signed',
  'signatures_voided',
  'agreement_amended',
  'agreement_effective',
  'judicial_outcome',
  'judicial_prepared',
]);

/** The entries of a case's timeline both parties may read. */
export function sharedTimeline(c: CaseDoc): CaseDoc['timeline'] {
  return c.timeline.filter((e) => sharedEvents.has(e.event));
}

/**
 * Loads a case for the actions both parties take (reading and signing the agreement, the court's papers),
 * and for staff: anyone who is neither a side nor the case's staff gets NOT_FOUND, as for a missing id.
 */
export async function loadForParties(
  caseId: string,
  user: UserDoc,
): Promise<{ doc: CaseDoc; side: SigningSide | null; actor: CaseActor | null }> {
  const doc = await getById<CaseDoc>(Collections.cases, caseId);
  const side = doc ? sideOf(doc, user) : null;
  const actor = doc ? actorOf(doc, user) : null;
  if (!doc || (!side && !actor)) throw new AppError('NOT_FOUND', '找不到这个案件');
  return { doc, side, actor };
}

function partyNextStep(c: CaseDoc, mustSign: boolean, effective: boolean): string {
  const b = c.booking;
  switch (c.state) {
    case 'scheduled':
      return b.startAt
        ? `请于${slotLabel(b.startAt)}到${placeLabels[b.place]}参加调解，带上身份证`
        : '等待调解员安排时间';
    case 'in_mediation':
      return '调解进行中';
    case 'mediated_success':
      if (mustSign) return '请阅读协议全文，确认无误后签名';
      return effective ? '协议已生效，请按协议履行；可在30日内共同申请司法确认' : '您已签名，等待对方签名';
    case 'mediation_failed':
      return '调解未达成协议，可以下载转介材料';
    case 'closed':
    case 'withdrawn':
      return '案件已办结';
    default:
      return '等待调解员安排调解时间';
  }
}

/** The case for its other party: only what concerns them (see ZPartyCase). */
export async function partyView(c: CaseDoc, now: number): Promise<PartyCase> {
  const party = c.party;
  if (!party) throw new AppError('NOT_FOUND', '找不到这个案件');
  const signing = c.agreement ? await signingView(c, 'other', now) : undefined;
  const b = c.booking;
  return {
    id: c._id,
    caseNumber: c.caseNumber,
    disputeType: c.disputeType,
    stateLabel: caseStateLabels[c.state],
    nextStep: partyNextStep(c, signing?.mustSign ?? false, signing?.effectiveAt !== undefined),
    booking: {
      status: b.status,
      startAt: b.startAt,
      endAt: b.endAt,
      place: b.place,
      rescheduleCount: b.rescheduleCount,
    },
    mediator: { id: c.mediatorId, name: c.mediatorName, title: c.mediatorTitle },
    residentName: c.residentName,
    myName: party.realName,
    attendance: party.attend ? 'attending' : 'declined',
    ...(c.referral ? { referral: { to: c.referral.to } } : {}),
    timeline: sharedTimeline(c),
    ...(signing ? { signing } : {}),
    failed: c.state === 'mediation_failed' || (c.state === 'closed' && c.referral !== undefined),
  };
}
