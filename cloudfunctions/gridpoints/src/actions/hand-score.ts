import type { gridpointsContract } from '@contracts/functions/gridpoints';
import { AppError } from '@server/app-error';
import { nodeInScope } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { handRowId, type PointRowDoc, writeRows } from '@server/grid/points/ledger';
import { gridLedger } from '@server/grid/points/ledger-view';
import { workerOf } from '@server/grid/points/record';
import { loadScheme } from '@server/grid/points/scheme';
import { monthKey } from '@server/stats/months';

/**
 * The bureau scores an item of the scheme by hand for a grid and month (党支部建设 8 of 10). Scoring the
 * same item again replaces the score: one row per grid, month and item, its change in the audit log.
 */
export const handScore: Handler<typeof gridpointsContract.handScore> = async (input, { caller, now }) => {
  const grid = await nodeInScope(caller.user, input.gridId);
  if (grid.level !== 'grid') throw new AppError('NOT_FOUND', '找不到这个网格');
  if (input.month > monthKey(now))
    throw new AppError('BAD_REQUEST', '不能给以后的月份打分', { month: '不能给以后的月份打分' });
  const { scheme } = await loadScheme();
  const item = scheme.handItems.find((h) => h.key === input.itemKey);
  if (!item) throw new AppError('BAD_REQUEST', '评定办法里没有这个考核项目', { itemKey: '请选择考核项目' });
  if (input.points > item.max)
    throw new AppError('BAD_REQUEST', `${item.label}满分${item.max}分`, { points: `最多${item.max}分` });
  const id = handRowId(grid._id, input.month, item.key);
  const before = await getById<PointRowDoc>(Collections.gridPoints, id);
  const worker = await workerOf(grid._id);
  await writeRows(null, [
    {
      _id: id,
      gridId: grid._id,
      workerId: worker?._id ?? '',
      month: input.month,
      cause: 'hand',
      text: `${item.label}考核得${input.points}分（满分${item.max}分）`,
      points: input.points,
      area: grid.ref,
      source: { itemKey: item.key, byId: caller.user._id },
      at: now,
    },
  ]);
  await recordAudit(
    caller.user,
    {
      action: 'gridpoints.handScore',
      target: `${grid.fullName} ${input.month} ${item.label}`,
      targetId: grid._id,
      ...(before ? { before: { points: before.points } } : {}),
      after: { points: input.points },
    },
    now,
  );
  const { month, points, stars } = await gridLedger(grid, input.month);
  return { month, points, stars };
};
