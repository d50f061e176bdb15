import type { gridpointsContract } from '@contracts/functions/gridpoints';
import { ratingLabels } from '@contracts/grid/points';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { db, getById, type TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';
import type { GridEventDoc } from '@server/grid/models';
import { eventRowId, rowOf } from '@server/grid/points/ledger';
import { workerOf } from '@server/grid/points/record';
import { loadScheme } from '@server/grid/points/scheme';
import { satisfactionPoints } from '@server/grid/points/score';
import type { UserDoc } from '@server/models';

/**
 * Who may rate an event: a resident who reported it, or a resident of its village (they live with the
 * result). Staff never rate: a grid worker rating their own grid would be scoring themselves.
 */
function mayRate(user: UserDoc, e: GridEventDoc): boolean {
  if (user.role !== 'resident') return false;
  return e.reporterId === user._id || (!!user.areaId && user.areaId === e.area.villageId);
}

/**
 * A resident's satisfaction with a closed event, once per event: the rating is a row of the grid's
 * ledger, its id the event's, written in a transaction that refuses a second one.
 */
export const rate: Handler<typeof gridpointsContract.rate> = async (input, { caller, now }) => {
  const event = await getById<GridEventDoc>(Collections.gridEvents, input.eventId);
  if (!event || !mayRate(caller.user, event)) throw new AppError('NOT_FOUND', '找不到这件事件');
  if (event.state !== 'closed' && event.state !== 'resolved_on_spot')
    throw new AppError('CONFLICT', '事件办结以后才能评价');
  const { scheme } = await loadScheme();
  const gridId = event.area.gridId ?? '';
  const worker = gridId ? await workerOf(gridId) : null;
  const id = eventRowId(event._id, 'satisfaction');
  const row = rowOf({
    _id: id,
    gridId,
    workerId: worker?._id ?? '',
    cause: 'satisfaction',
    text: `群众评价事件 ${event.number}：${ratingLabels[input.rating - 1]}（${input.rating}星）`,
    points: satisfactionPoints(input.rating, scheme),
    area: event.area,
    source: { eventId: event._id, eventNumber: event.number, byId: caller.user._id },
    rating: input.rating,
    at: now,
  });
  const { _id, ...data } = row;
  const written = (await db().runTransaction(async (tx: TransactionLike) => {
    const ref = tx.collection(Collections.gridPoints).doc(id);
    const existing = (await ref.get().catch(() => null)) as { data?: unknown } | null;
    if (existing?.data) return false;
    await ref.set({ data });
    return true;
  })) as boolean;
  if (!written) throw new AppError('CONFLICT', '这件事件已经评价过了');
  return { rating: input.rating };
};
