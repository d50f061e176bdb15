import type { InputOf } from '@contracts/contract';
import type { teamContract } from '@contracts/functions/team';
import { callCloud } from './cloud';
import { requestSubscriptions } from './subscribe';

type In<A extends keyof typeof teamContract> = InputOf<(typeof teamContract)[A]>;

/** The x+N team: the member's ledger and work log, and the bureau's compliance, review and appointments. */
export const teamApi = {
  ledger: (input: In<'ledger'>) => callCloud('team', 'ledger', input),
  workLog: (input: In<'workLog'>) => callCloud('team', 'workLog', input),
  saveNote: (input: In<'saveNote'>) => callCloud('team', 'saveNote', input),
  exportLog: (input: In<'exportLog'>) => callCloud('team', 'exportLog', input),
  compliance: (input: In<'compliance'>) => callCloud('team', 'compliance', input),
  exportCompliance: (input: In<'exportCompliance'>) => callCloud('team', 'exportCompliance', input),
  reviewQueue: (input: In<'reviewQueue'>) => callCloud('team', 'reviewQueue', input),
  viewCheckIn: (input: In<'viewCheckIn'>) => callCloud('team', 'viewCheckIn', input),
  closeMonth: (input: In<'closeMonth'>) => callCloud('team', 'closeMonth', input),
  appoint: (input: In<'appoint'>) => callCloud('team', 'appoint', input),
};

/**
 * Asks for one "still missing" reminder and tells the team function the answer. Call it first in a tap's
 * handler, before any `await` (it opens WeChat's dialog at once).
 */
export async function askForLedgerReminder(): Promise<boolean> {
  const accepted = await requestSubscriptions(['teamLedgerReminder']);
  const { subscribed } = await callCloud('team', 'subscribeReminder', { accepted: accepted.length > 0 });
  return subscribed;
}
