import type { Group, Matter, Situation } from './matters';

/**
 * Which check of economic hardship an applicant faces under the Legal Aid Law:
 * - `none`: an Art. 32 situation, no means test at all;
 * - `exempt`: an Art. 42 group, exempt from the hardship check (they bring proof of who they are);
 * - `declaration`: everyone else declares their hardship (Art. 41): the 个人诚信承诺, or proof of hardship.
 *
 * The one rule behind the pre-check's outcome, the application screens (the pledge screen is shown only
 * under `declaration`) and the submit schema, so the app never asks for less than the function requires.
 */
export type MeansTest = 'none' | 'exempt' | 'declaration';

/** The answers the rule reads: the same in the pre-check, a draft and a complete form. */
export interface MeansTestAnswers {
  matter?: Matter;
  situations?: readonly Situation[];
  groups?: readonly Group[];
}

/** Art. 42(3) exempts migrant workers only when they claim wages or work-injury compensation. */
export function exemptGroups(groups: readonly Group[], matter: Matter | undefined): Group[] {
  return groups.filter((g) => g !== 'migrant_worker' || matter === 'labour' || matter === 'injury');
}

export function meansTestOf(answers: MeansTestAnswers): MeansTest {
  if ((answers.situations?.length ?? 0) > 0) return 'none';
  if (exemptGroups(answers.groups ?? [], answers.matter).length > 0) return 'exempt';
  return 'declaration';
}

/** The pledge question applies only to applicants who declare their hardship. */
export const asksHardshipPledge = (answers: MeansTestAnswers): boolean =>
  meansTestOf(answers) === 'declaration';

/** A photo proving hardship is needed from a declaring applicant who did not sign the pledge. */
export const needsHardshipProof = (answers: MeansTestAnswers & { hardshipPledge?: boolean }): boolean =>
  asksHardshipPledge(answers) && answers.hardshipPledge !== true;
