import type { statsContract } from '@contracts/functions/stats';
import type { Handler } from '@server/define-function';
import { exportDashboard } from '@server/stats/export';

/** The table as .xlsx: what WeChat opens on a phone, and Excel or WPS on a computer. */
export const exportXlsx: Handler<typeof statsContract.exportXlsx> = (input, { caller, now }) =>
  exportDashboard(input, 'xlsx', caller.user, now);

/** The same table as CSV, for a browser download into other tools. */
export const exportCsv: Handler<typeof statsContract.exportCsv> = (input, { caller, now }) =>
  exportDashboard(input, 'csv', caller.user, now);
