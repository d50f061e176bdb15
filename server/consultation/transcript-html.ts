import { outcomeLabels, statusLabels } from '@contracts/consultation';
import type { MediatorDoc } from '../models';
import type { ConsultationDoc, MessageDoc } from './models';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Beijing time, written the way a court clerk reads it: 2026年1月5日 14:30. */
export function cnTime(at: number): string {
  const d = new Date(at + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * The transcript as a self-contained, printable HTML page. Every user-written string is escaped: the file is
 * served from storage and opened in a browser.
 */
export function renderTranscript(
  c: ConsultationDoc,
  m: MediatorDoc | null,
  messages: MessageDoc[],
  now: number,
): string {
  const mediatorName = m ? `${m.name}${m.title ? `（${m.title}）` : ''}` : '未分配';
  const rows = messages
    .map((msg) => {
      const who = msg.side === 'resident' ? `居民 ${c.residentName}` : `调解员 ${m?.name ?? ''}`;
      const body =
        msg.kind === 'photo'
          ? `<img src="${esc(msg.photoUrl ?? '')}" alt="图片">`
          : esc(msg.text ?? '').replace(/\n/g, '<br>');
      return `<tr><td class="t">${cnTime(msg.createdAt)}</td><td class="w">${esc(who)}</td><td>${body}</td></tr>`;
    })
    .join('\n');
  const facts: [string, string][] = [
    ['纠纷类型', c.disputeType],
    ['居民', `${c.residentName}${c.residentVillage ? `（${c.residentVillage}）` : ''}`],
    ['调解员', mediatorName],
    ['发起时间', cnTime(c.createdAt)],
    ['状态', statusLabels[c.status]],
    ...(c.closedAt ? ([['结束时间', cnTime(c.closedAt)]] as [string, string][]) : []),
    ...(c.outcome ? ([['处理结果', outcomeLabels[c.outcome]]] as [string, string][]) : []),
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>掌上调解室 咨询记录</title>
<style>body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:800px;margin:24px auto;padding:0 16px;color:#1c2a2a;font-size:16px}
h1{font-size:24px;text-align:center}table{width:100%;border-collapse:collapse;margin:12px 0}td,th{border:1px solid #999;padding:6px 8px;vertical-align:top;text-align:left}
.t{white-space:nowrap;width:9em}.w{white-space:nowrap;width:8em}img{max-width:240px}.foot{color:#555;font-size:13px;margin-top:24px}
@media print{body{margin:0}}</style></head><body>
<h1>掌上调解室 咨询记录</h1>
<table>${facts.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}</td></tr>`).join('')}</table>
<h2>问题描述</h2><p>${esc(c.descriptionHeld ? '（描述待审核）' : c.description).replace(/\n/g, '<br>')}</p>
<h2>对话记录（共${messages.length}条）</h2>
<table><tr><th>时间</th><th>发言人</th><th>内容</th></tr>
${rows}
</table>
<p class="foot">本记录由掌上调解室于${cnTime(now)}生成，编号 ${esc(c._id)}。只包含双方均可见的消息。</p>
</body></html>`;
}
