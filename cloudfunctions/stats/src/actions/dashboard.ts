import type { statsContract } from '@contracts/functions/stats';
import type { Handler } from '@server/define-function';
import { statsAreaFor } from '@server/stats/area';
import { computeDashboard } from '@server/stats/dashboard';

/** The figures of the area asked for, within the caller's scope: a town's office never sees another town. */
export const dashboard: Handler<typeof statsContract.dashboard> = async (input, { caller }) =>
  computeDashboard({ from: input.from, to: input.to, area: await statsAreaFor(caller.user, input.areaId) });
