import type { TCaseReportInput } from '@contracts/case/report';
import type { TRevealPhoneInput, TTransitionInput } from '@contracts/functions/case-inputs';
import { callCloud } from './cloud';

/** Dispute cases: mine, the workbench, moving a case on, the agreement, follow-ups and invitations. */
export const caseApi = {
  get: (caseId: string) => callCloud('case', 'get', { caseId }),
  mine: () => callCloud('case', 'mine', {}),
  workbench: (tab: 'active' | 'done') => callCloud('case', 'workbench', { tab }),
  transition: (input: TTransitionInput) => callCloud('case', 'transition', input),
  agreement: (caseId: string) => callCloud('case', 'agreement', { caseId }),
  /** The full number, for the case's mediator only; the server records every call of it. */
  revealPhone: (caseId: string, party: TRevealPhoneInput['party']) =>
    callCloud('case', 'revealPhone', { caseId, party }),
  /** The bureau's report figures of a case, by its mediator or an admin. */
  recordReport: (input: TCaseReportInput) => callCloud('case', 'recordReport', input),
  followUps: () => callCloud('case', 'followUps', {}),
  recordFollowUp: (followUpId: string, honoured: 'yes' | 'partly' | 'no', note: string) =>
    callCloud('case', 'recordFollowUp', { followUpId, honoured, note }),
  invite: (caseId: string) => callCloud('case', 'invite', { caseId }),
  inviteInfo: (token: string) => callCloud('case', 'inviteInfo', { token }),
  confirmAttendance: (token: string, attend: boolean) =>
    callCloud('case', 'confirmAttendance', { token, attend }),
};
