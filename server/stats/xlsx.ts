import type { SheetRow } from './sheet';

/**
 * The sheet as an .xlsx workbook, which WeChat's openDocument opens on the phone. Texts are string cells and
 * never formulas (exceljs writes a formula only from `{ formula }`), so a village named `=HYPERLINK(...)` is
 * shown as typed; counts are number cells. exceljs is loaded on the first export, not at every cold start of the
 * function (the dashboard never needs it).
 */
export async function sheetXlsx(rows: SheetRow[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '掌上调解室';
  const sheet = book.addWorksheet('调解统计');
  // The report table is fifteen columns wide; the first holds the types, villages and months.
  sheet.columns = [{ width: 18 }, ...Array.from({ length: 14 }, () => ({ width: 14 }))];
  for (const { cells, kind } of rows) {
    const row = sheet.addRow(cells);
    if (kind) row.font = { bold: true, size: kind === 'title' ? 12 : 11 };
  }
  sheet.getCell(`B${rows.length}`).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
