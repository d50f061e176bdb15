import { caseContract } from '@contracts/functions/case';
import { defineFunction } from '@server/define-function';
import { agreement } from './actions/agreement';
import { followUps, recordFollowUp } from './actions/follow-ups';
import { get, mine, workbench } from './actions/get';
import { confirmAttendance, invite, inviteInfo } from './actions/invite';
import { recordReport } from './actions/record-report';
import { revealPhone } from './actions/reveal-phone';
import { transition } from './actions/transition';

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
});
