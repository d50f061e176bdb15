import type { ErrorCode } from '@contracts/errors';

/**
 * The request never got an answer from the function (no network, platform failure, timeout). The action
 * may or may not have run; pages offer a retry.
 */
export class CloudTransportError extends Error {
  constructor(message = '网络不太好，请检查网络后重试') {
    super(message);
    this.name = 'CloudTransportError';
  }
}

/** The function answered with a refusal: `message` is Chinese and fit to show; `fields` go under inputs. */
export class CloudActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'CloudActionError';
  }
}

/** The text to show a user for any error a service call threw. */
export function errorText(error: unknown): string {
  if (error instanceof CloudActionError || error instanceof CloudTransportError) return error.message;
  return '出了点问题，请稍后再试';
}
