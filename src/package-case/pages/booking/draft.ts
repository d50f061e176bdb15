import type { Place } from '@contracts/booking';
import type { DisputeType } from '@contracts/models';

/** What the resident has filled in so far; kept on the phone so a dropped network or a closed app loses nothing. */
export interface BookingDraft {
  disputeType?: DisputeType;
  description: string;
  otherName: string;
  otherPhone: string;
  otherRelation: string;
  otherVillage: string;
  address: string;
  /** '' lets the system choose by type and village. */
  mediatorId: string;
  place: Place;
  fromConsultationId?: string;
}

/** Where the draft is kept on the phone (see useDraft). */
export const DRAFT_KEY = 'pmr-booking-draft';

export const emptyDraft: BookingDraft = {
  description: '',
  otherName: '',
  otherPhone: '',
  otherRelation: '',
  otherVillage: '',
  address: '',
  mediatorId: '',
  place: 'village_room',
};

/** The server names the other party's fields by their path in the booking. */
export const draftErrorKeys: Partial<Record<keyof BookingDraft, string>> = {
  otherName: 'otherParty.name',
  otherPhone: 'otherParty.phone',
  otherRelation: 'otherParty.relation',
  otherVillage: 'otherParty.village',
};

/** The first problem of step one, in the words of the form, or null. */
export function disputeProblems(d: BookingDraft): Record<string, string> {
  const p: Record<string, string> = {};
  if (!d.disputeType) p.disputeType = '请选择纠纷类型';
  if (d.description.trim().length < 10) p.description = '请把纠纷经过说清楚一些（至少10个字）';
  if (!d.otherName.trim()) p['otherParty.name'] = '请填写对方姓名';
  if (!d.otherRelation.trim()) p['otherParty.relation'] = '请填写与对方的关系';
  if (!d.otherVillage.trim()) p['otherParty.village'] = '请填写对方所在村';
  if (d.otherPhone && !/^1\d{10}$/.test(d.otherPhone.trim()))
    p['otherParty.phone'] = '请填写11位手机号，或留空';
  return p;
}
