import { statsContract } from '@contracts/functions/stats';
import { defineFunction } from '@server/define-function';
import { dashboard } from './actions/dashboard';
import { exportCsv } from './actions/export-csv';

export const main = defineFunction('stats', statsContract, { dashboard, exportCsv });
