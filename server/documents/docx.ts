import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  type IParagraphStyleOptions,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * Word and WPS choose a font per script: without an East Asian font named, some readers fall back to one
 * without Chinese glyphs and show boxes. 宋体 (SimSun) is on every Chinese Windows and in WPS on phones.
 */
export const CJK_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' } as const;

/** Half-points, as Word counts: 小四 (12 pt) for text, 二号 (22 pt) for a document's title. */
const BODY_SIZE = 24;
export const TITLE_SIZE = 44;

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text, bold: true, size: TITLE_SIZE, font: CJK_FONT })],
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text, bold: true, font: CJK_FONT })],
  });
}

/** A paragraph of user text: each line break of the text is a line break in Word. */
export function para(text: string, options: { align?: 'right'; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: text
      .split('\n')
      .map(
        (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: options.bold, font: CJK_FONT }),
      ),
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '333333' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, header: boolean, widthPct: number): TableCell {
  return new TableCell({
    borders,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: header ? { fill: 'F2F2F2' } : undefined,
    children: [para(text, { bold: header })],
  });
}

/**
 * A bordered table. `widths` are column widths in percent; with `headerRow` the first row is bold and shaded,
 * otherwise every odd column is (label, value, label, value ...).
 */
export function table(rows: string[][], widths: number[], options: { headerRow?: boolean } = {}): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: options.headerRow && r === 0,
          children: row.map((text, c) =>
            cell(text, options.headerRow ? r === 0 : c % 2 === 0, widths[c] ?? 100 / row.length),
          ),
        }),
    ),
  });
}

/**
 * A paragraph tagged with a named paragraph style: the tag survives editing in Word, so the paragraphs of
 * a text whose digest is recorded can be found again in the file (server/case/verify-docx.ts).
 */
export function styledPara(
  text: string,
  style: string,
  options: { bold?: boolean; center?: boolean; size?: number } = {},
): Paragraph {
  return new Paragraph({
    style,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: options.bold, size: options.size, font: CJK_FONT })],
  });
}

/** A line of text followed by a PNG picture, named so it can be found in the file again. */
export function paraWithImage(label: string, png: Buffer, name: string, after: string): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      new TextRun({ text: label, font: CJK_FONT }),
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: 150, height: 60 },
        altText: { name, title: name, description: label },
      }),
      new TextRun({ text: after, font: CJK_FONT }),
    ],
  });
}

/** Starts the next part of a document set on a new page. */
export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] });
}

/** A photo (an ID card) scaled to the page's width, JPEG or PNG as it was uploaded. */
export function photo(bytes: Buffer, name: string): Paragraph {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50;
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: png ? 'png' : 'jpg',
        data: bytes,
        transformation: { width: 320, height: 200 },
        altText: { name, title: name, description: name },
      }),
    ],
  });
}

/** The whole document: A4, the body in 宋体 小四, Chinese as the proofing language. */
export function docxBuffer(
  docTitle: string,
  children: (Paragraph | Table)[],
  paragraphStyles: IParagraphStyleOptions[] = [],
): Promise<Buffer> {
  const doc = new Document({
    title: docTitle,
    creator: '掌上调解室',
    styles: {
      default: {
        document: {
          run: { font: CJK_FONT, size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1588, right: 1588 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
