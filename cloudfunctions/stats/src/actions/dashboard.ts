import type { statsContract } from '@contracts/functions/stats';
import type { Handler } from '@server/define-function';
import { computeDashboard } from '@server/stats/dashboard';

export const dashboard: Handler<typeof statsContract.dashboard> = async (input) => computeDashboard(input);
