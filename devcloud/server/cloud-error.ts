/**
 * The one error type of the local cloud. CloudBase answers a failed request with HTTP 200 and a body
 * `{ code, message, requestId }`; the SDK turns any body with `code` into a thrown error, so handlers throw
 * this and the admin endpoint serialises it. Codes are CloudBase's own (e.g. DATABASE_COLLECTION_NOT_EXIST).
 */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

/** CloudBase's error codes that the local cloud answers with. */
export const CloudCode = {
  invalidParam: 'INVALID_PARAM',
  invalidAction: 'INVALID_ACTION',
  collectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  collectionExists: 'DATABASE_COLLECTION_ALREADY_EXIST',
  documentNotExist: 'DATABASE_DOCUMENT_NOT_EXIST',
  duplicateWrite: 'DATABASE_DUPLICATE_WRITE',
  requestFailed: 'DATABASE_REQUEST_FAILED',
  transactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionFail: 'DATABASE_TRANSACTION_FAIL',
  functionNotFound: 'FUNCTIONS_NOT_FOUND',
  functionExecuteFail: 'FUNCTIONS_EXECUTE_FAIL',
  storageFileNotExist: 'STORAGE_FILE_NONEXIST',
  internal: 'SYS_ERR',
} as const;
