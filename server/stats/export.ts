import type { TStatsInput } from '@contracts/admin/stats';
import type { DocumentFile } from '@contracts/documents';
import { recordAudit } from '../audit';
import { storeDocument } from '../documents/store';
import type { UserDoc } from '../models';
import { statsAreaFor } from './area';
import { sheetCsv } from './csv';
import { computeDashboard } from './dashboard';
import { monthKey } from './months';
import { dashboardRows } from './sheet';
import { sheetXlsx } from './xlsx';

/**
 * Writes the dashboard of a period and area as 统计-<period>[-<area>].xlsx (what a phone opens) or .csv (for a
 * browser), stores it and audits the export: the figures leave the system, so who took them is recorded.
 */
export async function exportDashboard(
  input: TStatsInput,
  fileType: 'xlsx' | 'csv',
  admin: UserDoc,
  now: number,
): Promise<DocumentFile> {
  const area = await statsAreaFor(admin, input.areaId);
  const data = await computeDashboard({ from: input.from, to: input.to, area });
  const first = monthKey(input.from);
  const last = monthKey(input.to - 1);
  const period = first === last ? first : `${first}至${last}`;
  const rows = dashboardRows(data, period);
  const content = fileType === 'xlsx' ? await sheetXlsx(rows) : Buffer.from(sheetCsv(rows), 'utf8');
  const name = `统计-${period}${area ? `-${area.name}` : ''}`;
  const { file, cloudPath } = await storeDocument('exports', name, fileType, content, now);
  await recordAudit(
    admin,
    {
      action: 'stats.export',
      target: `统计报表（${period}）`,
      targetId: cloudPath,
      after: { period, area: data.areaName, fileType },
    },
    now,
  );
  return file;
}
