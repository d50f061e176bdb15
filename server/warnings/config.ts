import { type WarningRules, ZWarningRules } from '@contracts/warning/rules';
import defaults from '../../database/warning-rules.json';
import { Collections } from '../collections';
import { db, getById } from '../db';

const RULES_ID = 'rules';

/** The rules shipped in database/warning-rules.json, checked by the same schema an admin's change passes. */
export function defaultRules(): WarningRules {
  const { $comment: _, ...rules } = defaults;
  return ZWarningRules.parse(rules);
}

/**
 * The rules in force: those the office saved (warning_config/rules), or the shipped defaults until it saves
 * any. Read at every assessment: one document, and a change applies from the next record on.
 */
export async function loadRules(): Promise<WarningRules> {
  const saved = await getById<{ rules: unknown }>(Collections.warningConfig, RULES_ID);
  const parsed = saved ? ZWarningRules.safeParse(saved.rules) : null;
  if (parsed && !parsed.success)
    console.error('[warning] stored rules do not fit the schema; using defaults');
  return parsed?.success ? parsed.data : defaultRules();
}

export async function saveRules(rules: WarningRules, now: number): Promise<void> {
  await db()
    .collection(Collections.warningConfig)
    .doc(RULES_ID)
    .set({ data: { rules, updatedAt: now } });
}
