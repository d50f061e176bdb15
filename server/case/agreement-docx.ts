import { placeLabels } from '@contracts/booking';
import { cnDate, cnDateTime } from '../booking/slots';
import { docxBuffer, heading, para, table, title } from '../documents/docx';
import type { CaseDoc } from './models';

/** The closing paragraph of the Ministry of Justice's model text: copies, signatures, judicial confirmation. */
const EFFECT =
  '本协议一式三份，双方当事人、人民调解委员会各持一份。本协议经双方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。双方可自协议生效之日起三十日内共同向人民法院申请司法确认。';

/**
 * 人民调解协议书 as a Word document, laid out like the Ministry of Justice's model text: number, parties,
 * dispute facts, agreed terms, how they are carried out, signature lines. Opens in WeChat (openDocument),
 * Word and WPS, and prints for signing.
 */
export function agreementDocx(c: CaseDoc, now: number): Promise<Buffer> {
  const a = c.agreement;
  if (!a) throw new Error('case has no agreement');
  return docxBuffer(`人民调解协议书 ${c.caseNumber}`, [
    title('人民调解协议书'),
    para(`编号：${c.caseNumber}`, { align: 'right' }),
    table(
      [
        // The names as on the ID cards when the mediator wrote them; else the names the case was booked under.
        ['甲方', a.parties?.resident ?? c.residentName, '住址', c.residentVillage ?? ''],
        ['乙方', a.parties?.other ?? c.otherParty.name, '住址', c.otherParty.village],
        ['关系', c.otherParty.relation, '纠纷类型', c.disputeType],
        ['调解员', c.mediatorName, '调解地点', placeLabels[c.booking.place]],
        ['调解日期', cnDate(a.agreedAt), '案件编号', c.caseNumber],
      ],
      [14, 36, 14, 36],
    ),
    heading('一、纠纷主要事实、争议事项'),
    para(a.facts),
    heading('二、经调解，双方自愿达成如下协议'),
    ...a.terms.map((t, i) => para(`${i + 1}. ${t}`)),
    heading('三、履行方式、时限'),
    para(a.performance),
    para(EFFECT),
    para(''),
    para('甲方（签名/按指印）：____________　　乙方（签名/按指印）：____________'),
    para('人民调解员（签名）：____________'),
    para(`人民调解委员会（印章）　　${cnDate(a.agreedAt)}`, { align: 'right' }),
    para(`由掌上调解室于${cnDateTime(now)}生成。`),
  ]);
}
