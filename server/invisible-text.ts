/**
 * Characters that show nothing yet change what a reader sees: zero-width spaces and joiners, bidi embeddings,
 * overrides and isolates (`\u202e` turns text around), fillers that render blank (Hangul fillers), the BOM,
 * soft hyphens and C0/C1 controls (emoji variation selectors stay) other than tab and line breaks. A nickname made of them looks empty, a
 * reversed name misleads: they are removed from every payload before it is parsed, so no stored text holds
 * them and a field of nothing else is empty (and refused as empty by its schema).
 */
const ranges: Array<[number, number]> = [
  [0x0000, 0x0008],
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
];
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const INVISIBLE = new RegExp(`[${ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`, 'gu');

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The payload with every string, at any depth, stripped; other values as they are. */
export function withoutInvisible(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisible(value);
  if (Array.isArray(value)) return value.map(withoutInvisible);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutInvisible(v)]));
  }
  return value;
}
