import type { visitContract } from '@contracts/functions/visit';
import { AppError } from '@server/app-error';
import { getArea } from '@server/areas/store';
import { chooseMediator } from '@server/booking/choose-mediator';
import { createCase } from '@server/booking/create-case';
import { earliestFreeSlot } from '@server/booking/earliest-slot';
import { Collections } from '@server/collections';
import { startConsultation } from '@server/consultation/start';
import { db, getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import type { UserDoc } from '@server/models';
import type { ScreenedDispute, VisitRecordDoc } from '@server/team/models';
import { isConvertible, screenedDescription } from '@server/team/screened';
import { recordViews } from '@server/team/views';
import { idFromKey } from '@server/team/visit-id';

type Linked = { kind: 'consultation' | 'case'; id: string; label: string };

/**
 * One tap turns a dispute the member screened into a consultation or a mediation case, through the very
 * paths a resident's own go (server/consultation/start.ts, server/booking/create-case.ts), filled from the
 * record; the member is the one who asks, on the parties' behalf. The two are linked both ways: the record
 * names the consultation or case, which names the record (`fromVisitRecordId`). Once per record.
 */
export const screenedToCase: Handler<typeof visitContract.screenedToCase> = async (
  input,
  { caller, now, deadline },
) => {
  const record = await getById<VisitRecordDoc>(Collections.visitRecords, input.recordId);
  if (!record || record.memberId !== caller.user._id) throw new AppError('NOT_FOUND', '找不到这条排查记录');
  const intent = { action: 'visit.screenedToCase', openid: caller.openid, key: input.clientKey, input };
  // Inside `once`: a repeat of the tap that converted it answers the first answer, not "already converted".
  return once(intent, { now, deadline }, async () => {
    if (record.linked) throw new AppError('CONFLICT', '这条纠纷已经转过了');
    if (!isConvertible(record)) throw new AppError('CONFLICT', '这条记录没有登记纠纷，不能转为咨询或调解');
    const linked =
      input.to === 'consultation'
        ? await toConsultation(record, record.dispute, caller.user, input.clientKey, now)
        : await toMediation(record, record.dispute, caller.user, now);
    const res = (await db()
      .collection(Collections.visitRecords)
      .where({ _id: record._id, linked: db().command.exists(false) })
      .update({ data: { linked: { kind: linked.kind, id: linked.id } } })) as unknown as {
      stats: { updated: number };
    };
    if (res.stats.updated !== 1) throw new AppError('CONFLICT', '这条纠纷刚刚已经转过了');
    const [view] = await recordViews([{ ...record, linked: { kind: linked.kind, id: linked.id } }]);
    return { record: view, linked };
  });
};

async function toConsultation(
  record: VisitRecordDoc,
  dispute: ScreenedDispute,
  user: UserDoc,
  clientKey: string,
  now: number,
): Promise<Linked> {
  const c = await startConsultation(
    idFromKey('c', user._id, clientKey, record._id),
    { disputeType: dispute.disputeType, description: screenedDescription(dispute), photos: [], clientKey },
    user,
    now,
    { fromVisitRecordId: record._id },
  );
  return { kind: 'consultation', id: c.id, label: `法律咨询（${dispute.disputeType}）` };
}

async function toMediation(record: VisitRecordDoc, dispute: ScreenedDispute, user: UserDoc, now: number) {
  const village = await getArea(record.villageId);
  const mediator = await chooseMediator({
    disputeType: dispute.disputeType,
    village: village?.name,
    party: user,
  });
  const detail = await createCase(
    {
      disputeType: dispute.disputeType,
      description: screenedDescription(dispute),
      otherParty: {
        name: dispute.otherPartyName,
        relation: dispute.relation,
        village: village?.name ?? '本村',
      },
      mediatorId: mediator._id,
      startAt: await earliestFreeSlot(mediator._id, now),
      place: 'village_room',
    },
    user,
    now,
    { fromVisitRecordId: record._id },
  );
  return { kind: 'case', id: detail.id, label: `调解案件 ${detail.caseNumber}` } satisfies Linked;
}
