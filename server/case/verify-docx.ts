import type { SigningSide } from '@contracts/case/signing';
// fflate is what `docx` zips with (its dependency, bundled into the function already).
import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../app-error';
import { AGREEMENT_STYLE, signatureImageName } from './agreement-docx';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** What a document claims to be: the lines in the agreement's paragraph style, and the signature pictures. */
export interface DocumentClaim {
  text: string;
  images: Partial<Record<SigningSide, Buffer>>;
}

function unzip(bytes: Buffer): Record<string, Uint8Array> {
  try {
    return unzipSync(new Uint8Array(bytes));
  } catch {
    throw new AppError('BAD_REQUEST', '文件无法读取，请上传协议书的 Word 文件', {
      document: '请上传 .docx 文件',
    });
  }
}

/**
 * Reads an agreement .docx back as Word stores it: the text is every paragraph tagged with the agreement's
 * style (one line each, as written), the signatures are the pictures named for each side. An edit in Word
 * keeps the tags, so a changed word changes the text read here.
 */
export function readAgreementDocx(bytes: Buffer): DocumentClaim {
  const zip = unzip(bytes);
  const read = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  const xml = read('word/document.xml');
  const rels = read('word/_rels/document.xml.rels');
  const styleTag = `<w:pStyle w:val="${AGREEMENT_STYLE}"/>`;
  const text = xml
    .split('</w:p>')
    .filter((p) => p.includes(styleTag))
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(''),
    )
    .join('\n');
  const images: Partial<Record<SigningSide, Buffer>> = {};
  for (const side of ['resident', 'other'] as const) {
    const drawing = new RegExp(
      `<wp:docPr[^>]*name="${signatureImageName(side)}"[\\s\\S]*?r:embed="([^"]+)"`,
    ).exec(xml);
    const target = drawing && new RegExp(`Id="${drawing[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const file = target ? zip[`word/${target.replace(/^\/?word\//, '')}`] : undefined;
    if (file) images[side] = Buffer.from(file);
  }
  return { text, images };
}
