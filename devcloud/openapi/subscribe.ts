/**
 * WeChat's rules for subscribe message template fields, keyed by the field name without its number
 * (`thing1` -> `thing`). A value that breaks its rule makes `subscribeMessage.send` answer 47003. Dates and
 * times are checked loosely: WeChat accepts several formats and the point is to catch obviously wrong values.
 */
const RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => chars(v) <= 20,
  name: (v) => (/^[A-Za-z ]+$/.test(v) ? chars(v) <= 20 : chars(v) <= 10),
  phrase: (v) => chars(v) <= 5 && /^[\u4e00-\u9fa5]+$/.test(v),
  number: (v) => chars(v) <= 32 && /^-?\d+(\.\d+)?$/.test(v),
  letter: (v) => chars(v) <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v) => chars(v) <= 5,
  character_string: (v) => chars(v) <= 32 && /^[\x21-\x7e]+$/.test(v),
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => chars(v) <= 17 && /^[\d+\-() ]+$/.test(v),
  car_number: (v) => chars(v) <= 8,
  date: (v) => chars(v) <= 30 && /\d/.test(v) && /^[\d\-/:年月日\s~至]+$/.test(v),
  time: (v) => chars(v) <= 30 && /\d/.test(v) && /^[\d\-/:年月日时分秒\s~至.点]+$/.test(v),
  const: (v) => chars(v) <= 20,
};

function chars(v: string): number {
  return [...v].length;
}

/** The reason a `data` object is refused, in WeChat's wording, or null when it is acceptable. */
export function checkTemplateData(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'argument invalid! data is empty';
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length === 0) return 'argument invalid! data is empty';
  for (const [key, field] of entries) {
    const value =
      typeof field === 'object' && field !== null ? (field as { value?: unknown }).value : undefined;
    if (typeof value !== 'string' && typeof value !== 'number')
      return `argument invalid! data.${key}.value is empty`;
    const text = String(value);
    const type = key.replace(/\d+$/, '');
    const rule = RULES[type];
    if (!rule) return `argument invalid! data.${key} unknown keyword`;
    if (text === '' || !rule(text)) return `argument invalid! data.${key}.value invalid`;
  }
  return null;
}
