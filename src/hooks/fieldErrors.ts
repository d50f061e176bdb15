import { CloudActionError } from '@/services/errors';

/** Messages to show under form fields, when the server named the fields at fault. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof CloudActionError && error.fields ? error.fields : {};
}
