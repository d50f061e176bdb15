import { roleLabels } from '@contracts/models';
import { periodLabel } from '@contracts/team/ledger';
import type { Compliance } from '@contracts/team/ledger-views';

/**
 * The month's compliance as the bureau's .xlsx: one row per member and village. Texts are string cells,
 * never formulas (as server/stats/xlsx.ts); exceljs is loaded on the first export only.
 */
export async function complianceXlsx(c: Compliance): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '掌上调解室';
  const sheet = book.addWorksheet('四个至少');
  sheet.columns = [16, 16, 12, 10, 12, 40, 10, 30].map((width) => ({ width }));
  sheet.addRow([`“四个至少”完成情况（${periodLabel(c.month)}，${c.areaName}）`]).font = {
    bold: true,
    size: 12,
  };
  sheet.addRow([
    '镇（街道）',
    '村（社区）',
    '成员',
    '身份',
    '是否达标',
    '未完成',
    '需复核签到',
    '审核意见',
  ]).font = {
    bold: true,
  };
  for (const r of c.rows) {
    sheet.addRow([
      r.townName,
      r.villageName,
      r.memberName,
      roleLabels[r.role],
      r.met ? '达标' : '未达标',
      r.behind.join('；'),
      r.needReview,
      r.comment ?? '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
