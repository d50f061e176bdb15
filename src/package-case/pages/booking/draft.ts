import type { Place } from '@contracts/plain/booking';
import type { DisputeType } from '@contracts/plain/models';
import Taro from '@tarojs/taro';

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

const KEY = 'pmr-booking-draft';

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

export function loadDraft(): BookingDraft {
  try {
    const saved = Taro.getStorageSync(KEY) as Partial<BookingDraft> | '';
    return saved ? { ...emptyDraft, ...saved } : emptyDraft;
  } catch {
    return emptyDraft;
  }
}

export function saveDraft(d: BookingDraft): void {
  try {
    Taro.setStorageSync(KEY, d);
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}

export function clearDraft(): void {
  Taro.removeStorageSync(KEY);
}

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
