import type { gridpointsContract } from '@contracts/functions/gridpoints';
import type { Handler } from '@server/define-function';
import { askedScope } from '@server/grid/points/access';
import { causeGroups, gridsIn, rankGrids, workersOf } from '@server/grid/points/ranking';
import { loadScheme } from '@server/grid/points/scheme';

/** The grids of the admin's scope ranked by a month's points, with their stars under the scheme in force. */
export const ranking: Handler<typeof gridpointsContract.ranking> = async (input, { caller }) => {
  const { scope, name } = await askedScope(caller.user, input.areaId);
  const [{ scheme }, grids, groups] = await Promise.all([
    loadScheme(),
    gridsIn(scope),
    causeGroups(input.month, scope),
  ]);
  const workers = await workersOf(grids.map((g) => g._id));
  return {
    month: input.month,
    scopeName: name,
    thresholds: scheme.thresholds,
    items: rankGrids(input.month, grids, groups, scheme.thresholds, workers),
  };
};
