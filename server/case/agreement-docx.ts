import type { SigningSide } from '@contracts/case/signing';
import type { Paragraph, Table } from 'docx';
import { cnDate, cnDateTime } from '../booking/slots';
import { docxBuffer, para, paraWithImage, styledPara, TITLE_SIZE } from '../documents/docx';
import { agreementLines, agreementText, committeeOf, nameOf, sha256 } from './agreement-text';
import type { CaseDoc } from './models';
import { currentSignatures, sideLabels } from './signing';

/** The paragraph style of the signed text's lines: how verification finds exactly that text in the file. */
export const AGREEMENT_STYLE = 'AgreementText';
/** The name each signature picture carries in the file. */
export const signatureImageName = (side: SigningSide) => `signature-${side}`;

/** The style's definition, for every document that carries the agreement's text. */
export const agreementStyle = {
  id: AGREEMENT_STYLE,
  name: 'Agreement Text',
  basedOn: 'Normal',
  quickFormat: true,
};

const headings = /^[一二三]、/;

/** The signed text, one paragraph per line: the title large, the section headings bold. */
function textParagraphs(c: CaseDoc): Paragraph[] {
  return agreementLines(c).map((line, i) =>
    i === 0
      ? styledPara(line, AGREEMENT_STYLE, { bold: true, center: true, size: TITLE_SIZE })
      : styledPara(line, AGREEMENT_STYLE, { bold: headings.test(line) }),
  );
}

/** Each party's line: their drawn signature with name and time once signed, else a line to sign by hand. */
function signatureBlock(c: CaseDoc, images: Partial<Record<SigningSide, Buffer>>): Paragraph[] {
  const signed = currentSignatures(c);
  return (['resident', 'other'] as const).map((side) => {
    const label = `${sideLabels[side]}（签名/按指印）：`;
    const s = signed.find((x) => x.side === side);
    const png = images[side];
    if (!s || !png) return para(`${label}____________（${nameOf(c, side)}）`);
    return paraWithImage(
      label,
      png,
      signatureImageName(side),
      `（${s.realName}，${cnDateTime(s.signedAt)}签名）`,
    );
  });
}

/**
 * 人民调解协议书 as a Word document, laid out like the Ministry of Justice's model text. Once both parties
 * signed in the app it shows both drawn signatures, the mediator and the committee, when it took effect,
 * its verification code and the digest of its text, so anyone holding it can check it in the app.
 */
export function agreementDocx(
  c: CaseDoc,
  now: number,
  images: Partial<Record<SigningSide, Buffer>> = {},
): Promise<Buffer> {
  return docxBuffer(`人民调解协议书 ${c.caseNumber}`, agreementParagraphs(c, now, images), [agreementStyle]);
}

/** The agreement's paragraphs, also the middle part of the judicial-confirmation package. */
export function agreementParagraphs(
  c: CaseDoc,
  now: number,
  images: Partial<Record<SigningSide, Buffer>>,
): (Paragraph | Table)[] {
  const a = c.agreement;
  if (!a) throw new Error('case has no agreement');
  const effective = c.signing?.effectiveAt;
  return [
    ...textParagraphs(c),
    para(''),
    ...signatureBlock(c, images),
    para(`人民调解员（签名）：${c.mediatorName}`),
    para(`${committeeOf(c)}（印章）　　${cnDate(effective ?? a.agreedAt)}`, { align: 'right' }),
    ...(effective !== undefined && c.signing?.verifyCode
      ? [
          para(`协议生效时间：${cnDateTime(effective)}（双方在掌上调解室签名确认）`),
          para(
            `核验码：${c.signing.verifyCode}（在掌上调解室“协议书核验”中输入，可核对正文和签名是否与记录一致）`,
          ),
          para(`正文指纹（SHA-256）：${sha256(agreementText(c))}`),
        ]
      : []),
    para(`由掌上调解室于${cnDateTime(now)}生成。`),
  ];
}
