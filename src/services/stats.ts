import type { TStatsInput } from '@contracts/admin/stats';
import type { TListAuditInput } from '@contracts/functions/audit';
import { callCloud } from './cloud';

/** The statistics dashboard and its export. */
export const statsApi = {
  dashboard: (input: TStatsInput) => callCloud('stats', 'dashboard', input),
  exportXlsx: (input: TStatsInput) => callCloud('stats', 'exportXlsx', input),
  exportCsv: (input: TStatsInput) => callCloud('stats', 'exportCsv', input),
};

/** The record of admin changes. */
export const auditApi = {
  list: (input: TListAuditInput) => callCloud('audit', 'list', input),
};
