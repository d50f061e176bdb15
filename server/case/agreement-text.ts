import { createHash } from 'node:crypto';
import type { SigningSide } from '@contracts/case/signing';
import { heldTexts } from '@contracts/moderation';
import { cnDate } from '../booking/slots';
import type { CaseDoc } from './models';

/** The closing paragraph of the Ministry of Justice's model text: copies, signatures, judicial confirmation. */
export const EFFECT =
  '本协议一式三份，双方当事人、人民调解委员会各持一份。本协议经双方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。双方可自协议生效之日起三十日内共同向人民法院申请司法确认。';

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The mediation committee that made the agreement: the one of the village where the dispute is
 * (the other party's village, else the applicant's), as a village committee names itself.
 */
export function committeeOf(c: CaseDoc): string {
  const village = c.otherParty.village || c.residentVillage || '';
  return `${village}人民调解委员会`;
}

/** The name a side signs under: as the mediator wrote it from the ID card, else as registered or booked. */
export function nameOf(c: CaseDoc, side: SigningSide): string {
  const a = c.agreement;
  if (side === 'resident') return a?.parties?.resident ?? c.residentName;
  return a?.parties?.other ?? c.party?.realName ?? c.otherParty.name;
}

/**
 * The agreement's exact text, line by line: what each party reads before signing, what the document
 * prints, and what the signatures' digest covers. Any change of a term, a name or the committee changes it.
 */
export function agreementLines(c: CaseDoc): string[] {
  const a = c.agreement;
  if (!a) throw new Error('case has no agreement');
  const lines = [
    '人民调解协议书',
    `编号：${c.caseNumber}`,
    `甲方：${nameOf(c, 'resident')}，住址：${c.residentVillage ?? ''}`,
    `乙方：${nameOf(c, 'other')}，住址：${c.otherParty.village}`,
    `纠纷类型：${c.disputeType}　双方关系：${c.otherParty.relation}`,
    `人民调解委员会：${committeeOf(c)}　人民调解员：${c.mediatorName}　调解日期：${cnDate(a.agreedAt)}`,
    '一、纠纷主要事实、争议事项',
    a.facts,
    '二、经调解，双方自愿达成如下协议',
    ...a.terms.map((t, i) => `${i + 1}. ${t}`),
    '三、履行方式、时限',
    a.performance,
    EFFECT,
  ];
  // One line per paragraph of the document, so the text read back from it is exactly this text.
  return lines.flatMap((line) => line.split('\n'));
}

export const agreementText = (c: CaseDoc) => agreementLines(c).join('\n');

/** Whether any part of the agreement waits for content review: nobody signs a placeholder. */
export function agreementHeld(c: CaseDoc): boolean {
  return JSON.stringify(c.agreement ?? {}).includes(heldTexts.pending);
}
