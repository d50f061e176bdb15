import type { TCaseReportInput } from '@contracts/case/report';
import type { TRevealPhoneInput, TTransitionInput } from '@contracts/functions/case-inputs';
import type { TAmendInput, TJoinInput, TSignInput } from '@contracts/functions/case-party-inputs';
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
  /** The other party registers through the card (real name and phone) and answers whether they come. */
  join: (input: TJoinInput) => callCloud('case', 'join', input),
  asParty: (caseId: string) => callCloud('case', 'asParty', { caseId }),
  signing: (caseId: string) => callCloud('case', 'signing', { caseId }),
  sign: (input: TSignInput) => callCloud('case', 'sign', input),
  amendAgreement: (input: TAmendInput) => callCloud('case', 'amendAgreement', input),
  verify: (code: string, document?: string) =>
    callCloud('case', 'verify', document ? { code, document } : { code }),
  addIdMaterial: (caseId: string, files: string[]) => callCloud('case', 'addIdMaterial', { caseId, files }),
  judicialPackage: (caseId: string) => callCloud('case', 'judicialPackage', { caseId }),
  recordJudicial: (caseId: string, result: 'confirmed' | 'rejected', rulingNumber: string) =>
    callCloud('case', 'recordJudicial', { caseId, result, rulingNumber }),
  referralPackage: (caseId: string) => callCloud('case', 'referralPackage', { caseId }),
  /** 一案一码: the scene, and in weapp the mini-program code's picture. */
  code: (caseId: string, image: boolean) => callCloud('case', 'code', { caseId, image }),
  openCode: (scene: string) => callCloud('case', 'openCode', { scene }),
};
