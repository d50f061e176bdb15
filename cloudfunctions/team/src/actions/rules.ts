import type { teamContract } from '@contracts/functions/team';
import { ledgerItemLabels, ledgerPeriodLabels, type TeamRules } from '@contracts/team/ledger';
import { AppError } from '@server/app-error';
import { scopeOf } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import type { Handler } from '@server/define-function';
import { currentRules, saveRules as store } from '@server/team/rules';

/** The rules in force, for the member's page (what is asked of them) and the bureau's settings. */
export const rules: Handler<typeof teamContract.rules> = () => currentRules();

/**
 * The county bureau changes the "four at least": the county sets one standard, so a town's judicial office
 * cannot loosen it for its own villages. Every ledger is computed with the rules in force when it is read.
 */
export const saveRules: Handler<typeof teamContract.saveRules> = async (input, { caller, now }) => {
  if ((await scopeOf(caller.user)).kind !== 'county') {
    throw new AppError('FORBIDDEN', '“四个至少”的规则由县司法局统一设置');
  }
  await store(input, caller.user._id, now);
  await recordAudit(
    caller.user,
    {
      action: 'team.saveRules',
      target: '“四个至少”规则',
      after: {
        legalAdviser: ruleWords(input.legal_adviser),
        localFigure: ruleWords(input.local_figure),
        remindDaysBefore: input.remindDaysBefore,
      },
    },
    now,
  );
  return currentRules();
};

/** A role's rule as the audit log shows it: 每月：走访至少1次、排查纠纷至少1次 … */
function ruleWords(rule: TeamRules['legal_adviser']): string {
  const items = rule.items.map((i) => `${ledgerItemLabels[i.item]}至少${i.atLeast}次`).join('、');
  return `${ledgerPeriodLabels[rule.period]}：${items}`;
}
