import { randomBytes } from 'node:crypto';
import type { DisputeType } from '@contracts/models';
import { AppError } from '../app-error';
import { recordCaseSteps } from '../audit';
import { chooseMediator } from '../booking/choose-mediator';
import { notifyChange } from '../booking/notices';
import { withEntry } from '../case/lifecycle';
import type { CaseDoc } from '../case/models';
import { addressKey, findRepeats, partyKey } from '../case/repeat';
import { txGet, txPutCase } from '../case/store';
import { Collections } from '../collections';
import { formatCaseNumber } from '../counters';
import { getById } from '../db';
import type { UserDoc } from '../models';
import { caseFigure, moveFigures } from '../stats/rollups';
import type { GridEventDoc } from './models';
import { applyStep } from './workflow';

/**
 * A dispute found on patrol becomes a mediation case in one tap, as the booking path makes cases (number,
 * figures, the mediator's notice), prefilled from the event: the description, the place, the first person
 * involved as the other party. The applicant is the event's reporter (the grid worker who brings it, or the
 * resident who reported it), so they follow the case. The case and the event's `to_case` step are written
 * in one transaction and point at each other; the mediator proposes a time as with any unscheduled case.
 */
export async function eventToCase(
  eventId: string,
  input: { disputeType: DisputeType; otherPartyName?: string },
  actor: UserDoc,
  now: number,
): Promise<{ event: GridEventDoc; caseDoc: CaseDoc }> {
  const event = await getById<GridEventDoc>(Collections.gridEvents, eventId);
  if (!event) throw new AppError('NOT_FOUND', '找不到这件事');
  const reporter = await getById<UserDoc>(Collections.users, event.reporterId);
  if (!reporter) throw new AppError('NOT_FOUND', '找不到上报人');
  const village = event.placeName?.split(' / ')[2] ?? '';
  const otherName = input.otherPartyName ?? event.people?.[0]?.name;
  if (!otherName) throw new AppError('BAD_REQUEST', '请填写对方姓名', { otherPartyName: '请填写对方姓名' });
  const mediator = await chooseMediator({ disputeType: input.disputeType, village, party: reporter });
  const keys = { partyKey: partyKey(reporter.nickname, otherName), addressKey: addressKey(village) };
  const repeatOf = await findRepeats(keys);
  const year = new Date(now + 8 * 3_600_000).getUTCFullYear();
  const counterId = `case:${year}:${input.disputeType}`;
  const caseId = randomBytes(16).toString('hex');
  let made: CaseDoc | null = null;
  const after = await applyStep({
    eventId,
    step: 'to_case',
    actor,
    now,
    note: '转为调解案件',
    alongside: async (tx, e) => {
      const counter = await txGet<{ value: number }>(tx, Collections.counters, counterId);
      const value = (counter?.value ?? 0) + 1;
      await tx.collection(Collections.counters).doc(counterId).set({ data: { value } });
      const caseNumber = formatCaseNumber(year, input.disputeType, value);
      const base: CaseDoc = {
        _id: caseId,
        caseNumber,
        disputeType: input.disputeType,
        description: `【网格事件 ${e.number}】${e.description}`,
        residentId: reporter._id,
        residentOpenid: reporter.openid,
        residentName: reporter.nickname,
        residentVillage: village || reporter.village,
        residentPhoneMasked: reporter.phoneMasked,
        otherParty: { name: otherName, relation: '事件涉及人员', village: village || '—' },
        address: e.placeName,
        ...keys,
        repeatOf,
        mediatorId: mediator._id,
        mediatorOpenid: mediator.openid,
        mediatorName: mediator.name,
        mediatorTitle: mediator.title,
        state: 'submitted',
        booking: { status: 'pending', place: 'village_room', rescheduleCount: 0 },
        fromGridEventId: e._id,
        timeline: [],
        createdAt: now,
        updatedAt: now,
      };
      made = withEntry(base, 'submit', 'resident', now, `由网格事件 ${e.number} 转入调解`);
      await txPutCase(tx, made);
      await moveFigures(tx, null, caseFigure(made));
      return { caseLink: { kind: 'case', id: caseId, number: caseNumber } };
    },
  });
  const caseDoc = made as CaseDoc | null;
  if (!caseDoc) throw new AppError('INTERNAL');
  await recordCaseSteps(actor, null, caseDoc, now);
  await notifyChange(
    caseDoc,
    'mediator',
    `网格转入纠纷：${caseDoc.otherParty.name}，请联系当事人约时间`,
    now,
  );
  return { event: after, caseDoc };
}
