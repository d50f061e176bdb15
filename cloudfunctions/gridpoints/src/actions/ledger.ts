import type { gridpointsContract } from '@contracts/functions/gridpoints';
import type { Handler } from '@server/define-function';
import { readableGrid } from '@server/grid/points/access';
import { gridLedger } from '@server/grid/points/ledger-view';

/** One grid's month, for the bureau's ranking page (and a grid worker's own grid only). */
export const ledger: Handler<typeof gridpointsContract.ledger> = async (input, { caller }) =>
  gridLedger(await readableGrid(caller.user, input.gridId), input.month);
