import type { gridpointsContract } from '@contracts/functions/gridpoints';
import type { Handler } from '@server/define-function';
import { ownGrid } from '@server/grid/points/access';
import { gridLedger } from '@server/grid/points/ledger-view';
import { monthKey } from '@server/stats/months';

/** The grid worker's own grid: every point of the month and why, and the months before. */
export const mine: Handler<typeof gridpointsContract.mine> = async (input, { caller, now }) =>
  gridLedger(await ownGrid(caller.user), input.month ?? monthKey(now));
