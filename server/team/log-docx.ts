import { roleLabels } from '@contracts/models';
import { periodLabel, type VillageLedger } from '@contracts/team/ledger';
import type { WorkLog } from '@contracts/team/ledger-views';
import { docxBuffer, heading, para, table, title } from '../documents/docx';
import { clockOf } from './clock';

/**
 * The month's 工作日志和台账 as the bureau files it: the "four at least" ledger (each period and village,
 * every item with its count and whether it is met), then the work log day by day with the member's notes,
 * then the bureau's comment once the month is reviewed.
 */
export function logDocx(
  log: WorkLog,
  ledgers: VillageLedger[],
  comment: string | undefined,
): Promise<Buffer> {
  const m = log.member;
  const ledgerRows = [
    ['时段', '村（社区）', '各项完成情况', '是否达标'],
    ...ledgers.map((l) => [
      l.periodLabel,
      l.villageName,
      l.lines.map((x) => `${x.label} ${x.count}/${x.atLeast}${x.met ? '' : '（未完成）'}`).join('\n'),
      l.met ? '达标' : `未达标：${l.missing.join('、')}`,
    ]),
  ];
  const logRows = [
    ['日期', '工作内容', '备注'],
    ...log.days.map((d) => [
      d.label,
      d.entries.map((e) => `${clockOf(e.at)} ${e.text}`).join('\n') || '—',
      d.note ?? '',
    ]),
  ];
  return docxBuffer(`工作日志和台账-${m.name}-${log.month}`, [
    title('工作日志和台账'),
    table(
      [
        ['姓名', m.name, '身份', roleLabels[m.role]],
        ['月份', periodLabel(log.month), '服务村（社区）', m.villages.map((v) => v.name).join('、')],
      ],
      [15, 35, 20, 30],
    ),
    heading('一、“四个至少”台账'),
    table(ledgerRows, [18, 17, 45, 20], { headerRow: true }),
    heading('二、工作日志'),
    log.days.length ? table(logRows, [18, 52, 30], { headerRow: true }) : para('本月没有记录。'),
    heading('三、司法局审核意见'),
    para(comment ?? (log.closed ? '已审核。' : '尚未审核。')),
  ]);
}
