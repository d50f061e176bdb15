import { referralLabels } from '@contracts/case/lifecycle';
import type { SigningSide } from '@contracts/case/signing';
import type { Paragraph, Table } from 'docx';
import { cnDate, cnDateTime } from '../booking/slots';
import { docxBuffer, heading, para, table, title } from '../documents/docx';
import { committeeOf, nameOf } from './agreement-text';
import type { CaseDoc } from './models';
import { sharedTimeline } from './party';

/** The form each referral prefills: 在线立案 takes a complaint, arbitration an application, legal aid its own. */
const forms = {
  court: {
    title: '民事起诉状（在线立案预填）',
    me: '原告',
    them: '被告',
    ask: '诉讼请求',
    to: '____________人民法院',
  },
  arbitration: {
    title: '仲裁申请书（预填）',
    me: '申请人',
    them: '被申请人',
    ask: '仲裁请求',
    to: '____________仲裁委员会',
  },
  legal_aid: {
    title: '法律援助申请（预填）',
    me: '申请人',
    them: '对方当事人',
    ask: '申请事项',
    to: '____________法律援助中心',
  },
  other: { title: '纠纷转介材料', me: '当事人', them: '对方当事人', ask: '请求事项', to: '____________' },
} as const;

/**
 * The referral package when mediation failed: the prefilled form for where the dispute goes next, and the
 * case history (人民调解委员会 调解未成功 证明 with the course of the case). The applicant's own account of
 * the dispute is in it only for the applicant and staff; the other party gets the shared history alone.
 */
export function referralDocx(c: CaseDoc, viewerSide: SigningSide | null, now: number): Promise<Buffer> {
  const to = c.referral?.to ?? 'other';
  const f = forms[to];
  const me: SigningSide = viewerSide ?? 'resident';
  const them: SigningSide = me === 'resident' ? 'other' : 'resident';
  const village = (side: SigningSide) =>
    side === 'resident' ? (c.residentVillage ?? '') : c.otherParty.village;
  const facts = viewerSide === 'other' ? '' : c.description;
  const children: (Paragraph | Table)[] = [
    title(f.title),
    table(
      [
        [f.me, `${nameOf(c, me)}，住址：${village(me)}，身份证号码：____________，联系电话：____________`],
        [f.them, `${nameOf(c, them)}，住址：${village(them)}`],
        ['纠纷类型', c.disputeType],
      ],
      [20, 80],
    ),
    heading(f.ask),
    para('1. ____________________________________\n2. ____________________________________'),
    heading('事实与理由'),
    para(facts ? facts : '____________________________________'),
    para(`本纠纷已经${committeeOf(c)}调解（案件编号：${c.caseNumber}），调解未达成协议。`),
    para('此致'),
    para(f.to),
    para(`${f.me}（签名）：____________　　____年__月__日`),
    heading('附：人民调解委员会调解情况'),
    table(
      [
        ['人民调解委员会', committeeOf(c)],
        ['人民调解员', c.mediatorName],
        ['受理日期', cnDate(c.createdAt)],
        ['调解结果', `调解未成功，${referralLabels[to]}`],
        ...(c.referral?.note ? [['调解员说明', c.referral.note]] : []),
      ],
      [24, 76],
    ),
    heading('调解经过'),
    table(
      [['时间', '经办', '事项'], ...sharedTimeline(c).map((e) => [cnDateTime(e.at), e.by, e.text])],
      [28, 22, 50],
      { headerRow: true },
    ),
    para(`由掌上调解室于${cnDateTime(now)}生成，供${referralLabels[to]}时使用。`),
  ];
  return docxBuffer(`${f.title} ${c.caseNumber}`, children);
}
