import type { THandleWarningInput, TWarningListInput } from '@contracts/functions/warning';
import { callCloud } from './cloud';

/** The early warning of disputes, for the judicial office. */
export const warningApi = {
  list: (input: TWarningListInput) => callCloud('warning', 'list', input),
  acknowledge: (warningId: string) => callCloud('warning', 'acknowledge', { warningId }),
  handle: (input: THandleWarningInput) => callCloud('warning', 'handle', input),
};
