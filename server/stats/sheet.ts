import type { Dashboard, StatsRow } from '@contracts/admin/stats';
import { REPORT_HEADINGS, reportCells } from '@contracts/plain/report';
import { percent } from './report';

/** One row of the export: text and counts, and whether it is a block's title or a header (bold in .xlsx). */
export interface SheetRow {
  cells: (string | number)[];
  kind?: 'title' | 'header';
}

const HEADINGS = ['排查纠纷', '预防纠纷', '调解纠纷', '调解成功', '调解成功率'];
const blank: SheetRow = { cells: [] };
const title = (text: string): SheetRow => ({ cells: [text], kind: 'title' });
const header = (cells: string[]): SheetRow => ({ cells, kind: 'header' });

function block(name: string, keyTitle: string, rows: StatsRow[]): SheetRow[] {
  return [
    title(name),
    header([keyTitle, ...HEADINGS]),
    ...rows.map((r) => ({
      cells: [
        r.key,
        r.screened,
        r.prevented,
        r.mediated,
        r.succeeded,
        percent(r.mediated ? Math.round((r.succeeded / r.mediated) * 1000) / 10 : 0),
      ],
    })),
    blank,
  ];
}

/**
 * The dashboard as the rows of one sheet, the same for the .xlsx and the CSV: the figures, then each breakdown
 * as a titled block, the bureau's report table (人民调解案件统计表), the legal-aid outcomes and the report.
 */
export function dashboardRows(d: Dashboard, periodText: string): SheetRow[] {
  const f = d.figures;
  return [
    { cells: ['人民调解统计', periodText, d.area ?? '全部村（社区）'], kind: 'title' },
    blank,
    header(HEADINGS),
    { cells: [f.screened, f.prevented, f.mediated, f.succeeded, percent(f.successRate)] },
    blank,
    ...block('按纠纷类型', '纠纷类型', d.byType),
    ...block('按村（社区）', '村（社区）', d.byVillage),
    ...block('按月份', '月份', d.byMonth),
    title('人民调解案件统计表（按纠纷类型）'),
    header(REPORT_HEADINGS),
    ...d.reportTable.rows.map((r) => ({ cells: reportCells(r) })),
    { cells: reportCells(d.reportTable.total), kind: 'header' as const },
    blank,
    title('法律援助申请'),
    header(['结果', '件数']),
    ...d.legalAid.map((a) => ({ cells: [a.label, a.count] })),
    blank,
    { cells: ['月报', d.report] },
  ];
}
