import { CronExpressionParser } from 'cron-parser';

/** WeChat's year field: `*`, a year, a range, a step or a list of them, within 1970 to 2099. */
const YEAR_PART = /^(\*|\d{4}(-\d{4})?)(\/\d+)?$/;

function checkYear(field: string): void {
  for (const part of field.split(',')) {
    const match = YEAR_PART.exec(part);
    const years = match?.[1] === '*' ? [] : (match?.[1]?.split('-').map(Number) ?? [Number.NaN]);
    if (!match || years.some((y) => !(y >= 1970 && y <= 2099))) {
      throw new Error(`timer trigger year field "${field}" must be 1970 to 2099`);
    }
  }
}

/**
 * WeChat writes 7 fields (sec min hour day month week year); cron-parser takes 6, so the year is checked here
 * and dropped. Throws on an expression WeChat would also refuse to deploy.
 */
export function parseWeChatCron(config: string, from = new Date()) {
  const fields = config.trim().split(/\s+/);
  if (fields.length !== 7) throw new Error(`timer trigger config needs 7 fields, got "${config}"`);
  checkYear(fields[6] as string);
  return CronExpressionParser.parse(fields.slice(0, 6).join(' '), { currentDate: from });
}
