import type { SigningSide } from '@contracts/case/signing';
import type { Paragraph, Table } from 'docx';
import { cnDate, cnDateTime } from '../booking/slots';
import { docxBuffer, heading, pageBreak, para, photo, table, title } from '../documents/docx';
import { agreementParagraphs, agreementStyle } from './agreement-docx';
import { committeeOf, nameOf } from './agreement-text';
import type { CaseDoc } from './models';
import { sharedTimeline } from './party';
import { sideLabels } from './signing';

const PROMISE =
  '双方当事人承诺：本协议系双方出于解决纠纷的目的自愿达成，没有恶意串通、规避法律的行为；如因协议内容损害他人合法权益，愿承担相应的民事责任和其他法律责任。';

/** 司法确认申请书: the joint application with both parties' details, as courts' model forms ask. */
function applicationForm(c: CaseDoc, effectiveAt: number): (Paragraph | Table)[] {
  const party = (side: SigningSide, village: string) => [
    `申请人（${sideLabels[side]}）`,
    `${nameOf(c, side)}，住址：${village}，身份证号码：____________________，联系电话：________________`,
  ];
  return [
    title('司法确认申请书'),
    table([party('resident', c.residentVillage ?? ''), party('other', c.otherParty.village)], [24, 76]),
    heading('请求事项'),
    para(
      `请求人民法院确认申请人于${cnDate(effectiveAt)}经${committeeOf(c)}主持调解达成的人民调解协议（编号：${c.caseNumber}）有效。`,
    ),
    heading('事实与理由'),
    para(
      `申请人因${c.disputeType}纠纷，经${committeeOf(c)}人民调解员${c.mediatorName}主持调解，于${cnDateTime(effectiveAt)}达成人民调解协议，双方均已签名确认。为使协议具有强制执行力，现依照《中华人民共和国人民调解法》第三十三条、《中华人民共和国民事诉讼法》的规定，自协议生效之日起三十日内共同申请司法确认。`,
    ),
    para(PROMISE),
    para('此致'),
    para('____________人民法院'),
    para('申请人（签名）：____________　　____________'),
    para(`${cnDate(effectiveAt)}后三十日内提交`, { align: 'right' }),
  ];
}

/** 人民调解委员会材料: who mediated, when, and the course of the case both parties saw. */
function committeeMaterials(c: CaseDoc): (Paragraph | Table)[] {
  return [
    title('人民调解委员会调解材料'),
    table(
      [
        ['人民调解委员会', committeeOf(c), '人民调解员', c.mediatorName],
        ['案件编号', c.caseNumber, '纠纷类型', c.disputeType],
        ['受理日期', cnDate(c.createdAt), '调解日期', c.agreement ? cnDate(c.agreement.agreedAt) : ''],
      ],
      [20, 30, 20, 30],
    ),
    heading('调解经过'),
    table(
      [['时间', '经办', '事项'], ...sharedTimeline(c).map((e) => [cnDateTime(e.at), e.by, e.text])],
      [28, 22, 50],
      { headerRow: true },
    ),
  ];
}

/** 当事人身份证明材料: each party's ID photos from their own uploads, or a line saying what to bring. */
function idMaterials(c: CaseDoc, ids: Partial<Record<SigningSide, Buffer[]>>): Paragraph[] {
  return [
    title('当事人身份证明材料'),
    ...(['resident', 'other'] as const).flatMap((side) => {
      const photos = ids[side] ?? [];
      return [
        para(`${sideLabels[side]}：${nameOf(c, side)}`, { bold: true }),
        ...(photos.length
          ? photos.map((b, i) => photo(b, `id-${side}-${i + 1}`))
          : [para('（未上传，请提交时携带身份证原件及复印件）')]),
      ];
    }),
  ];
}

/**
 * The judicial-confirmation package as one document set: the application form, the signed agreement
 * (with its verification code), the committee's materials and both parties' ID material, each part on
 * its own page, so one file opens on the phone and prints whole.
 */
export function judicialPackageDocx(
  c: CaseDoc,
  now: number,
  signatures: Partial<Record<SigningSide, Buffer>>,
  ids: Partial<Record<SigningSide, Buffer[]>>,
): Promise<Buffer> {
  const effectiveAt = c.signing?.effectiveAt ?? now;
  return docxBuffer(
    `司法确认申请材料 ${c.caseNumber}`,
    [
      ...applicationForm(c, effectiveAt),
      pageBreak(),
      ...agreementParagraphs(c, now, signatures),
      pageBreak(),
      ...committeeMaterials(c),
      pageBreak(),
      ...idMaterials(c, ids),
    ],
    [agreementStyle],
  );
}
