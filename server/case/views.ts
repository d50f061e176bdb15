import { bookingStatusLabels, placeLabels } from '@contracts/booking';
import {
  type CaseActor,
  canTransition,
  caseEvents,
  caseStateLabels,
  referralLabels,
} from '@contracts/case/lifecycle';
import type { CaseDetail, CaseSummary, FollowUp } from '@contracts/case/models';
import type { CaseReport } from '@contracts/case/report';
import { DEFAULT_PEOPLE } from '@contracts/plain/report';
import { slotLabel } from '../booking/slots';
import type { CaseDoc, FollowUpDoc } from './models';

/** What the viewer should do or expect next, in one plain sentence. */
export function nextStep(c: CaseDoc, viewer: CaseActor): string {
  const b = c.booking;
  const when = b.startAt ? `${slotLabel(b.startAt)}到${placeLabels[b.place]}` : '';
  const staff = viewer !== 'resident';
  switch (c.state) {
    case 'submitted':
    case 'accepted':
      if (b.status === 'proposed') return staff ? '等待居民同意新时间' : '调解员建议了新时间，请确认是否可以';
      if (b.status === 'needs_slot') return staff ? '等待居民重新选择时间' : '请重新选择一个调解时间';
      if (b.status === 'pending') return staff ? '请确认预约或建议其他时间' : '等待调解员确认预约时间';
      return staff ? '请重新约定调解时间' : '等待调解员重新约定时间';
    case 'scheduled':
      return staff ? `${when}主持调解` : `请于${when}参加调解，带上身份证和相关材料`;
    case 'in_mediation':
      return staff ? '调解结束后记录结果' : '调解进行中';
    case 'mediated_success':
      return staff ? '按期回访，确认协议履行' : '请按协议履行，调解员会回访';
    case 'mediation_failed':
      return c.referral ? `建议：${referralLabels[c.referral.to]}` : '调解未达成协议';
    case 'withdrawn':
      return '申请已撤回';
    case 'closed':
      return b.status === 'declined' ? `未受理：${b.reason ?? ''}` : '案件已办结';
  }
}

/** The status word on a card: while a booking waits, who it waits for, said to the one reading it. */
function stateLabel(c: CaseDoc, viewer: CaseActor): string {
  const b = c.booking.status;
  if (b === 'pending') return viewer === 'resident' ? bookingStatusLabels.pending : '待确认';
  if (b === 'proposed') return viewer === 'resident' ? bookingStatusLabels.proposed : '待居民回复';
  return caseStateLabels[c.state];
}

export function toSummary(c: CaseDoc, viewer: CaseActor): CaseSummary {
  const b = c.booking;
  return {
    id: c._id,
    caseNumber: c.caseNumber,
    disputeType: c.disputeType,
    state: c.state,
    stateLabel: stateLabel(c, viewer),
    nextStep: nextStep(c, viewer),
    booking: {
      status: b.status,
      startAt: b.startAt,
      endAt: b.endAt,
      place: b.place,
      rescheduleCount: b.rescheduleCount,
      reason: b.reason,
    },
    mediator: { id: c.mediatorId, name: c.mediatorName, title: c.mediatorTitle },
    residentName: c.residentName,
    otherPartyName: c.otherParty.name,
    repeatOf: viewer === 'resident' ? [] : c.repeatOf,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toFollowUp(f: FollowUpDoc, now: number): FollowUp {
  return {
    id: f._id,
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    parties: f.parties,
    days: f.days,
    dueAt: f.dueAt,
    due: f.status === 'pending' && f.dueAt <= now,
    status: f.status,
    honoured: f.honoured,
    note: f.note,
  };
}

/** The report figures as staff read them: the source a booking implies, two people until recorded. */
export function reportOf(c: CaseDoc): CaseReport {
  return {
    source: c.source ?? 'application',
    peopleInvolved: c.report?.peopleInvolved ?? DEFAULT_PEOPLE,
    agreementAmount: c.report?.agreementAmount,
    preventedCriminal: c.report?.preventedCriminal,
    preventedPetition: c.report?.preventedPetition,
    deadline: c.report?.deadline,
  };
}

export function toDetail(c: CaseDoc, viewer: CaseActor, followUps: FollowUpDoc[], now: number): CaseDetail {
  const staff = viewer !== 'resident';
  const inv = c.invite;
  return {
    ...toSummary(c, viewer),
    description: c.description,
    address: c.address,
    residentVillage: c.residentVillage,
    residentPhoneMasked: staff ? c.residentPhoneMasked : undefined,
    otherParty: {
      name: c.otherParty.name,
      relation: c.otherParty.relation,
      village: c.otherParty.village,
      phoneMasked: c.party?.phoneMasked ?? c.otherParty.phoneMasked,
      ...(c.party ? { registeredName: c.party.realName } : {}),
      attendance: !inv
        ? 'unknown'
        : inv.usedAt === undefined
          ? 'invited'
          : inv.attend
            ? 'attending'
            : 'declined',
    },
    viewerRole: viewer,
    allowedEvents: caseEvents.filter((e) => canTransition(c.state, e, viewer)),
    agreement: c.agreement,
    referral: c.referral,
    ...(c.fromGridEventId ? { fromGridEventId: c.fromGridEventId } : {}),
    followUps: staff ? followUps.map((f) => toFollowUp(f, now)) : [],
    report: staff ? reportOf(c) : undefined,
    timeline: c.timeline,
  };
}
