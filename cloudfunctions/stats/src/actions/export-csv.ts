import type { statsContract } from '@contracts/functions/stats';
import { recordAudit } from '@server/audit';
import { cloud } from '@server/cloud';
import type { Handler } from '@server/define-function';
import { dashboardCsv } from '@server/stats/csv';
import { computeDashboard } from '@server/stats/dashboard';
import { monthKey } from '@server/stats/months';

/** The link is for downloading now, not for sharing: it expires in an hour. */
const URL_MAX_AGE_S = 3600;

/**
 * Writes the dashboard as a CSV file to cloud storage and answers a temporary URL. Each export is a new file
 * under exports/ (the name says period and time), so a link handed out earlier keeps its content.
 */
export const exportCsv: Handler<typeof statsContract.exportCsv> = async (input, { caller, now }) => {
  const data = await computeDashboard(input);
  const first = monthKey(input.from);
  const last = monthKey(input.to - 1);
  const period = first === last ? first : `${first}至${last}`;
  const filename = `调解统计-${period}${input.area ? `-${input.area}` : ''}.csv`;
  const cloudPath = `exports/${now}-${first}-${last}.csv`;
  const upload = (await cloud.uploadFile({
    cloudPath,
    fileContent: Buffer.from(dashboardCsv(data, period), 'utf8'),
  })) as { fileID: string };
  const urls = (await cloud.getTempFileURL({
    fileList: [{ fileID: upload.fileID, maxAge: URL_MAX_AGE_S }],
  })) as {
    fileList: { tempFileURL: string }[];
  };
  await recordAudit(
    caller.user,
    { action: 'stats.export', target: cloudPath, after: { period, area: input.area ?? '全部' } },
    now,
  );
  return { url: urls.fileList[0]?.tempFileURL ?? '', filename };
};
