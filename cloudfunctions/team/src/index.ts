import { teamContract } from '@contracts/functions/team';
import { defineFunction } from '@server/define-function';
import { remindLedger } from '@server/team/remind-job';
import { withTimers } from '@server/timer';
import { appoint } from './actions/appoint';
import { closeMonth } from './actions/close-month';
import { compliance, exportCompliance } from './actions/compliance';
import { exportLog } from './actions/export-log';
import { ledger, saveNote, workLog } from './actions/ledger';
import { reviewQueue, viewCheckIn } from './actions/review';
import { rules, saveRules } from './actions/rules';
import { subscribeReminder } from './actions/subscribe-reminder';
import { addGuest, team } from './actions/team';

const actions = defineFunction('team', teamContract, {
  appoint,
  team,
  addGuest,
  ledger,
  workLog,
  saveNote,
  exportLog,
  rules,
  saveRules,
  compliance,
  exportCompliance,
  reviewQueue,
  viewCheckIn,
  closeMonth,
  subscribeReminder,
});

/** The members' and the bureau's actions; the daily "still missing" reminder from the timer in config.json. */
export const main = withTimers(actions, { remindLedger });
