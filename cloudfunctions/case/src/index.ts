import { caseContract } from '@contracts/functions/case';
import { defineFunction } from '@server/define-function';
import { agreement } from './actions/agreement';
import { amendAgreement } from './actions/amend-agreement';
import { code, openCode } from './actions/code';
import { followUps, recordFollowUp } from './actions/follow-ups';
import { get, mine, workbench } from './actions/get';
import { confirmAttendance, invite, inviteInfo } from './actions/invite';
import { join } from './actions/join';
import { addIdMaterial, judicialPackage, recordJudicial } from './actions/judicial';
import { asParty, signing } from './actions/party';
import { recordReport } from './actions/record-report';
import { referralPackage } from './actions/referral-package';
import { revealPhone } from './actions/reveal-phone';
import { sign } from './actions/sign';
import { transition } from './actions/transition';
import { verify } from './actions/verify';

export const main = defineFunction('case', caseContract, {
  get,
  mine,
  workbench,
  transition,
  agreement,
  recordReport,
  revealPhone,
  followUps,
  recordFollowUp,
  invite,
  inviteInfo,
  confirmAttendance,
  join,
  asParty,
  signing,
  sign,
  amendAgreement,
  verify,
  addIdMaterial,
  judicialPackage,
  recordJudicial,
  referralPackage,
  code,
  openCode,
});
