import type { z } from 'zod';
import { AppError } from './app-error';

/**
 * Turns a failed parse into BAD_REQUEST with one Chinese message per field, so a form can show each
 * message under its field. Unknown keys (e.g. an `openid` smuggled into a payload) are named too.
 */
export function badRequestFrom(error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = '不支持的字段';
      continue;
    }
    const path = issue.path.join('.') || '_';
    fields[path] ??= isChinese(issue.message) ? issue.message : '格式不正确';
  }
  const first = Object.values(fields)[0];
  return new AppError('BAD_REQUEST', first && first !== '不支持的字段' ? first : undefined, fields);
}

function isChinese(text: string): boolean {
  return /[\u4e00-\u9fa5]/.test(text);
}
