import { levelRank, type WarningLevel, warningRuleLabels } from '@contracts/plain/warning';
import type { WarningReason } from '@contracts/warning/models';
import type { WarningRules } from '@contracts/warning/rules';
import { timeField } from '../notify';

const DAY_MS = 86_400_000;

/** What the rules read of a case or a consultation; a consultation has texts only. */
export interface AssessInput {
  /** What the residents wrote: a case's description, a consultation's question. */
  texts: string[];
  people?: number;
  /** Earlier cases between the same parties or at the same address, by case number. */
  repeats?: string[];
  /** The deadline of a case whose mediation failed. */
  failedDeadline?: { at: number; what: string };
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The highest-level entry of a list of thresholds that `value` reaches, or undefined. */
function highest<T extends { level: WarningLevel }>(rules: T[], reaches: (r: T) => boolean): T | undefined {
  return rules.filter(reaches).sort((a, b) => levelRank[b.level] - levelRank[a.level])[0];
}

/**
 * Applies the configured rules to one record: one reason per threshold rule it meets (at the highest level
 * that rule reaches) and per keyword group found, each in words the office reads in the list. Pure, so every rule is tested on its own.
 */
export function assess(input: AssessInput, rules: WarningRules, now: number): WarningReason[] {
  const reasons: WarningReason[] = [];
  const add = (rule: WarningReason['rule'], level: WarningLevel, text: string) =>
    reasons.push({ rule, ruleLabel: warningRuleLabels[rule], level, text });

  if (input.people !== undefined) {
    const people = input.people;
    const hit = highest(rules.people, (r) => people >= r.atLeast);
    if (hit) add('people', hit.level, `涉及${people}人（达到${hit.atLeast}人）`);
  }
  const text = squash(input.texts.join('\n'));
  for (const group of rules.keywords) {
    const found = group.words.filter((w) => text.includes(squash(w)));
    if (found.length === 0) continue;
    add('keywords', group.level, `${group.name}：出现“${found.slice(0, 3).join('”“')}”`);
  }
  if (input.repeats && input.repeats.length > 0) {
    const n = input.repeats.length;
    const hit = highest(rules.repeat, (r) => n >= r.atLeast);
    if (hit)
      add(
        'repeat',
        hit.level,
        `同一当事人或同一地点此前已有${n}起纠纷（${input.repeats.slice(0, 3).join('、')}）`,
      );
  }
  const deadline = input.failedDeadline;
  if (deadline && deadline.at > now) {
    const days = Math.ceil((deadline.at - now) / DAY_MS);
    const hit = highest(rules.failedDeadline, (r) => deadline.at - now <= r.withinDays * DAY_MS);
    if (hit)
      add(
        'failedDeadline',
        hit.level,
        `调解未成功，距“${deadline.what}”（${timeField(deadline.at)}）还有${days}天`,
      );
  }
  return reasons;
}

/** The warning's level: the highest of its reasons', or undefined when it has none. */
export function levelOf(reasons: WarningReason[]): WarningLevel | undefined {
  return [...reasons].sort((a, b) => levelRank[b.level] - levelRank[a.level])[0]?.level;
}
