import JSZip from 'jszip';

/** What a .docx holds, read as Word reads it: a zip with word/document.xml and word/styles.xml. */
export interface DocxContent {
  /** The document's text: every `<w:t>` in order, paragraphs separated by a line break. */
  text: string;
  documentXml: string;
  stylesXml: string;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readDocx(bytes: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const paragraphs = documentXml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join(''),
    );
  return { text: paragraphs.filter(Boolean).join('\n'), documentXml, stylesXml };
}

/** Downloads a generated file from its temporary URL. */
export async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
