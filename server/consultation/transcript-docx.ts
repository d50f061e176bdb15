import { outcomeLabels, statusLabels } from '@contracts/consultation';
import { docxBuffer, heading, para, table, title } from '../documents/docx';
import type { MediatorDoc } from '../models';
import type { ConsultationDoc, MessageDoc } from './models';

/** Beijing time, written the way a court clerk reads it: 2026年1月5日 14:30. */
export function cnTime(at: number): string {
  const d = new Date(at + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * The consultation as a Word document: the parties and times, then every message both sides saw. A photo is
 * named, not embedded: its address expires, and the photos stay in the chat for whoever may see them.
 */
export function transcriptDocx(
  c: ConsultationDoc,
  m: MediatorDoc | null,
  messages: MessageDoc[],
  now: number,
): Promise<Buffer> {
  const mediatorName = m ? `${m.name}${m.title ? `（${m.title}）` : ''}` : '未分配';
  const facts: [string, string][] = [
    ['纠纷类型', c.disputeType],
    ['居民', `${c.residentName}${c.residentVillage ? `（${c.residentVillage}）` : ''}`],
    ['调解员', mediatorName],
    ['发起时间', cnTime(c.createdAt)],
    ['状态', statusLabels[c.status]],
    ...(c.closedAt ? ([['结束时间', cnTime(c.closedAt)]] as [string, string][]) : []),
    ...(c.outcome ? ([['处理结果', outcomeLabels[c.outcome]]] as [string, string][]) : []),
  ];
  const rows = messages.map((msg) => [
    cnTime(msg.createdAt),
    msg.side === 'resident' ? `居民 ${c.residentName}` : `调解员 ${m?.name ?? ''}`,
    msg.kind === 'photo' ? '〔图片〕' : (msg.text ?? ''),
  ]);
  return docxBuffer('掌上调解室 咨询记录', [
    title('掌上调解室 咨询记录'),
    table(facts, [20, 80]),
    heading('问题描述'),
    para(c.descriptionHeld ? '（描述待审核）' : c.description),
    heading(`对话记录（共${messages.length}条）`),
    table([['时间', '发言人', '内容'], ...rows], [24, 20, 56], { headerRow: true }),
    para(`本记录由掌上调解室于${cnTime(now)}生成，编号 ${c._id}。只包含双方均可见的消息。`),
  ]);
}
