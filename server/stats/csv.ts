import type { Dashboard, StatsRow } from '@contracts/admin/stats';
import { percent } from './report';

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a byte order mark. */
export const BOM = '\uFEFF';

/** A field quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: (string | number)[]) => cells.map(field).join(',');

function table(title: string, keyTitle: string, rows: StatsRow[]): string[] {
  return [
    title,
    line([keyTitle, '排查纠纷', '预防纠纷', '调解纠纷', '调解成功', '调解成功率']),
    ...rows.map((r) =>
      line([
        r.key,
        r.screened,
        r.prevented,
        r.mediated,
        r.succeeded,
        percent(r.mediated ? Math.round((r.succeeded / r.mediated) * 1000) / 10 : 0),
      ]),
    ),
    '',
  ];
}

/** The dashboard as one CSV sheet: the figures, then each breakdown as a titled block, CRLF line ends. */
export function dashboardCsv(d: Dashboard, periodText: string): string {
  const f = d.figures;
  const lines = [
    line(['人民调解统计', periodText, d.area ?? '全部村（社区）']),
    '',
    line(['排查纠纷', '预防纠纷', '调解纠纷', '调解成功', '调解成功率']),
    line([f.screened, f.prevented, f.mediated, f.succeeded, percent(f.successRate)]),
    '',
    ...table('按纠纷类型', '纠纷类型', d.byType),
    ...table('按村（社区）', '村（社区）', d.byVillage),
    ...table('按月份', '月份', d.byMonth),
    '法律援助申请',
    line(['结果', '件数']),
    ...d.legalAid.map((a) => line([a.label, a.count])),
    '',
    line(['月报', d.report]),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
