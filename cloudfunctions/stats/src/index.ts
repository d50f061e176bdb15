import { statsContract } from '@contracts/functions/stats';
import { defineFunction } from '@server/define-function';
import { dashboard } from './actions/dashboard';
import { exportCsv, exportXlsx } from './actions/export';

export const main = defineFunction('stats', statsContract, { dashboard, exportXlsx, exportCsv });
