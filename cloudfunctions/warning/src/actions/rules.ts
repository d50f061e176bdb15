import type { warningContract } from '@contracts/functions/warning';
import { recordAudit } from '@server/audit';
import type { Handler } from '@server/define-function';
import { loadRules, saveRules } from '@server/warnings/config';

/** The rules in force, for the console to show and edit. */
export const rules: Handler<typeof warningContract.rules> = async () => loadRules();

/** Saves the whole set; records assessed from now on use it. The change is audited with the rule counts. */
export const setRules: Handler<typeof warningContract.setRules> = async (input, { caller, now }) => {
  const before = await loadRules();
  await saveRules(input, now);
  const sizes = (r: typeof input) => ({
    peopleRules: r.people.length,
    keywordWords: r.keywords.reduce((n, k) => n + k.words.length, 0),
    repeatRules: r.repeat.length,
    deadlineRules: r.failedDeadline.length,
  });
  await recordAudit(
    caller.user,
    { action: 'warning.setRules', target: '矛盾纠纷预警规则', before: sizes(before), after: sizes(input) },
    now,
  );
  return input;
};
