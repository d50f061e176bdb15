import { randomBytes } from 'node:crypto';
import { bookingZone } from '@contracts/booking';
import type { CaseDetail } from '@contracts/case/models';
import type { ParsedInputOf } from '@contracts/contract';
import type { bookingContract } from '@contracts/functions/booking';
import { recordCaseSteps } from '@server/audit';
import { chooseMediator } from '@server/booking/choose-mediator';
import { loadOwnConsultationRef } from '@server/booking/from-consultation';
import { notifyChange } from '@server/booking/notices';
import { checkNewSlot } from '@server/booking/rules';
import { claimSlot } from '@server/booking/slot-claim';
import { slotLabel } from '@server/booking/slots';
import { detailFor } from '@server/case/detail';
import { caseTextsOf, holdCaseTexts } from '@server/case/held-texts';
import { withEntry } from '@server/case/lifecycle';
import type { CaseDoc } from '@server/case/models';
import { addressKey, findRepeats, partyKey } from '@server/case/repeat';
import { runTx, txGet, txPutCase } from '@server/case/store';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { formatCaseNumber } from '@server/counters';
import { encryptField, maskPhone } from '@server/crypto';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import type { UserDoc } from '@server/models';
import { publicText } from '@server/moderation/hold';
import { screenTexts } from '@server/moderation/screen';
import { enforceRateLimit } from '@server/rate-limit';
import { caseFigure, markCaseMade, moveFigures } from '@server/stats/rollups';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * A resident books a mediation: the case, its number and the slot are written in one transaction, so a
 * slot is held by exactly one case and a lost race leaves no case and no used-up number behind. A case
 * links only to the resident's own consultation.
 */
export const create: Handler<typeof bookingContract.create> = (input, { caller, now, deadline }) =>
  once(
    { action: 'booking.create', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => createCase(input, caller.user, now),
  );

async function createCase(
  input: ParsedInputOf<typeof bookingContract.create>,
  user: UserDoc,
  now: number,
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
      // A resident booking is a party's application; the mediator may record another source later.
      source: 'application',
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
  await holdCaseTexts({ openid: user.openid, user }, created, held, caseTextsOf(input), now);
  await notifyChange(created, 'mediator', `新预约：${created.residentName}，请确认`, now);
  return detailFor(created, 'resident', now, user.openid);
}
