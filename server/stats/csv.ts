import type { SheetRow } from './sheet';

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * Text that a spreadsheet program would read as a formula (`=`, `+`, `-`, `@`) or that starts with a tab or a
 * carriage return gets a leading single quote, as Excel, WPS and LibreOffice expect for literal text (OWASP,
 * CSV injection): a village named `=HYPERLINK(...)` stays a name. Counts are numbers and never escaped.
 */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A field quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sheet as CSV with a BOM and CRLF line ends, for a browser download (weapp gets the .xlsx). */
export function sheetCsv(rows: SheetRow[]): string {
  return `${BOM}${rows.map((row) => row.cells.map(field).join(',')).join('\r\n')}\r\n`;
}
