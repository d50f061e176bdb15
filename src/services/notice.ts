import { callCloud } from './cloud';

/** Convenience notices as residents read them. */
export const noticeApi = {
  listPublished: (input: { limit?: number }) => callCloud('notice', 'listPublished', input),
  get: (input: { id: string }) => callCloud('notice', 'get', input),
};
