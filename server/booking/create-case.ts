import { randomBytes } from 'node:crypto';
import { bookingZone } from '@contracts/booking';
import type { CaseDetail } from '@contracts/case/models';
import type { ParsedInputOf } from '@contracts/contract';
import type { bookingContract } from '@contracts/functions/booking';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { recordCaseSteps } from '../audit';
import { detailFor } from '../case/detail';
import { caseTextsOf, holdCaseTexts } from '../case/held-texts';
import { withEntry } from '../case/lifecycle';
import type { CaseDoc } from '../case/models';
import { addressKey, findRepeats, partyKey } from '../case/repeat';
import { runTx, txGet, txPutCase } from '../case/store';
import { Collections } from '../collections';
import { TextScene } from '../content-security';
import { formatCaseNumber } from '../counters';
import { encryptField, maskPhone } from '../crypto';
import type { UserDoc } from '../models';
import { publicText } from '../moderation/hold';
import { screenTexts } from '../moderation/screen';
import { enforceRateLimit } from '../rate-limit';
import { caseFigure, markCaseMade, moveFigures } from '../stats/rollups';
import { warnOnCase } from '../warnings/raise';
import { chooseMediator } from './choose-mediator';
import { loadOwnConsultationRef } from './from-consultation';
import { notifyChange } from './notices';
import { checkNewSlot } from './rules';
import { claimSlot } from './slot-claim';
import { slotLabel } from './slots';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Where a case came from besides the applicant's own wish: a dispute a team member screened. */
export interface CaseOrigin {
  fromVisitRecordId?: string;
}

/**
 * Books a mediation for `user` (the one way, for a resident's own dispute and for one a team member
 * screened on a visit): the case, its number and the slot are written in one transaction, so a slot is held
 * by exactly one case and a lost race leaves no case and no used-up number behind. A case links only to
 * the user's own consultation. The caller makes it happen once (server/idempotency.ts).
 */
export async function createCase(
  input: ParsedInputOf<typeof bookingContract.create>,
  user: UserDoc,
  now: number,
  origin: CaseOrigin = {},
): Promise<CaseDetail> {
  await enforceRateLimit(user.openid, 'booking.create', { max: 5, windowMs: 3_600_000 }, now);
  if (input.fromConsultationId) await loadOwnConsultationRef(input.fromConsultationId, user.openid);
  const mediator = await chooseMediator({ mediatorId: input.mediatorId, party: user });
  const slot = await checkNewSlot(mediator._id, input.startAt, now);
  const other = input.otherParty;
  const held = await screenTexts(user.openid, TextScene.comment, caseTextsOf(input));
  const shown = (key: string, text: string) => publicText(text, held.has(key));
  const keys = {
    partyKey: partyKey(user.nickname, other.name),
    addressKey: addressKey(other.village, input.address),
  };
  const repeatOf = await findRepeats(keys);
  const caseId = randomBytes(16).toString('hex');
  const year = dayjs(now).tz(bookingZone).year();
  const counterId = `case:${year}:${input.disputeType}`;
  const created = await runTx(async (tx) => {
    await claimSlot(tx, mediator._id, slot, caseId, now);
    const counter = await txGet<{ value: number }>(tx, Collections.counters, counterId);
    const value = (counter?.value ?? 0) + 1;
    await tx.collection(Collections.counters).doc(counterId).set({ data: { value } });
    const base: CaseDoc = {
      _id: caseId,
      caseNumber: formatCaseNumber(year, input.disputeType, value),
      disputeType: input.disputeType,
      description: shown('description', input.description),
      residentId: user._id,
      residentOpenid: user.openid,
      residentName: user.nickname,
      residentVillage: user.village,
      residentPhoneMasked: user.phoneMasked,
      otherParty: {
        name: shown('otherParty.name', other.name),
        relation: shown('otherParty.relation', other.relation),
        village: shown('otherParty.village', other.village),
        ...(other.phone ? { phoneEnc: encryptField(other.phone), phoneMasked: maskPhone(other.phone) } : {}),
      },
      ...(input.address ? { address: shown('address', input.address) } : {}),
      ...keys,
      repeatOf,
      mediatorId: mediator._id,
      mediatorOpenid: mediator.openid,
      mediatorName: mediator.name,
      mediatorTitle: mediator.title,
      state: 'submitted',
      booking: {
        status: 'pending',
        startAt: slot.startAt,
        endAt: slot.endAt,
        place: input.place,
        rescheduleCount: 0,
      },
      ...(input.fromConsultationId ? { fromConsultationId: input.fromConsultationId } : {}),
      ...(origin.fromVisitRecordId ? { fromVisitRecordId: origin.fromVisitRecordId } : {}),
      // A resident booking is a party's application; a dispute a team member screened is a screening.
      source: origin.fromVisitRecordId ? 'screening' : 'application',
      timeline: [],
      createdAt: now,
      updatedAt: now,
    };
    const doc = withEntry(base, 'submit', 'resident', now, `预约调解：${slotLabel(slot.startAt)}`);
    await txPutCase(tx, doc);
    await moveFigures(tx, null, caseFigure(doc));
    if (doc.fromConsultationId) await markCaseMade(tx, doc.fromConsultationId);
    return doc;
  });
  await recordCaseSteps(user, null, created, now);
  // The resident's own words, even while held for review: the warning reads what was written.
  await warnOnCase(created, now, [input.description]);
  await holdCaseTexts({ openid: user.openid, user }, created, held, caseTextsOf(input), now);
  await notifyChange(created, 'mediator', `新预约：${created.residentName}，请确认`, now);
  return detailFor(created, 'resident', now, user.openid);
}
