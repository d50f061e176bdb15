import { statsContract } from '@contracts/functions/stats';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { dashboard } from './actions/dashboard';
import { exportCsv, exportXlsx } from './actions/export';
import { rebuildRecentRollups } from './actions/rebuild-rollups';

const actions = defineFunction('stats', statsContract, { dashboard, exportXlsx, exportCsv });

/** Actions from the admin console; the nightly rollup rebuild from the timer trigger in config.json. */
export const main = withTimers(actions, { rebuildRollups: rebuildRecentRollups });
