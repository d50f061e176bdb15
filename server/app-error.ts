import { type ErrorCode, errorMessages } from '@contracts/errors';

/**
 * The one error type handlers throw. The function wrapper turns it into `{ ok:false, error }`; its message
 * must be Chinese and fit to show a user, because it is shown as it is.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
