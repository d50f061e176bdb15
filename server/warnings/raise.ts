import { levelRank } from '@contracts/plain/warning';
import type { WarningReason } from '@contracts/warning/models';
import type { CaseDoc } from '../case/models';
import { Collections } from '../collections';
import type { ConsultationDoc } from '../consultation/models';
import { db, getById } from '../db';
import { assess, levelOf } from './assess';
import { loadRules } from './config';
import type { WarningDoc } from './models';
import { notifyOffice } from './notify-office';
import { caseWarningSubject, consultationWarningSubject, type WarningSubject } from './subjects';

/** Red is told at once; orange by the hourly job the same day (cloudfunctions/warning, notifyPending). */
const AT_ONCE = levelRank.red;

/**
 * Keyword reasons stay once found: what someone wrote does not un-happen when the case moves on, and a text
 * held for review is stored as a placeholder, so a later assessment of the stored record cannot see it.
 */
function withEarlierKeywords(reasons: WarningReason[], earlier: WarningDoc | null): WarningReason[] {
  const seen = new Set(reasons.map((r) => r.text));
  const kept = (earlier?.reasons ?? []).filter((r) => r.rule === 'keywords' && !seen.has(r.text));
  return [...reasons, ...kept];
}

/** The parts of a warning a reassessment can change; when none did, nothing is written. */
const essence = (w: WarningDoc) =>
  JSON.stringify([w.level, w.reasons, w.status, w.subject, w.disputeType, w.village, w.area, w.notifiedRank]);

/**
 * Assesses one record against the rules and writes its warning: raised, changed, reopened when its level
 * rises above what the office last handled, or cleared when no rule holds any more (a handled warning stays
 * as handled). A red level the office was not yet told of is notified now. Answers the warning, if any.
 */
export async function reassess(subject: WarningSubject, now: number): Promise<WarningDoc | null> {
  const rules = await loadRules();
  const earlier = await getById<WarningDoc>(Collections.warnings, subject.id);
  const reasons = withEarlierKeywords(assess(subject.input, rules, now), earlier);
  const level = levelOf(reasons);
  const ref = db().collection(Collections.warnings).doc(subject.id);
  if (!level) {
    if (earlier && earlier.status !== 'handled' && earlier.status !== 'cleared') {
      await ref.update({ data: { status: 'cleared', reasons: [], updatedAt: now } });
    }
    return null;
  }
  const rank = levelRank[level];
  const rose = !earlier || rank > earlier.rank || earlier.status === 'cleared';
  const next: WarningDoc = {
    ...(earlier ?? { notifiedRank: 0, raisedAt: now }),
    ...subject.fields,
    _id: subject.id,
    level,
    rank,
    reasons,
    status: rose ? 'open' : (earlier?.status ?? 'open'),
    updatedAt: now,
  };
  if (rose && earlier?.status === 'handled') delete next.handled;
  if (next.status === 'open' && rank >= AT_ONCE && next.notifiedRank < rank) {
    await notifyOffice(next, now);
    next.notifiedRank = rank;
  }
  if (earlier && essence(earlier) === essence(next)) return earlier;
  const { _id, ...data } = next;
  await ref.set({ data });
  return next;
}

/**
 * The hooks the functions call after a case or a consultation changed. A failure is logged and never fails
 * the change that caused it: the hourly job (cloudfunctions/warning) reassesses every recent change again.
 */
export async function warnOnCase(c: CaseDoc, now: number, texts: string[] = []): Promise<void> {
  await reassess(caseWarningSubject(c, texts), now).catch((error: unknown) =>
    console.error('[warning] assessing case failed', error),
  );
}

/**
 * A resident's chat message: reassessed only when the text alone meets a keyword rule, so an ordinary
 * message costs one read of the rules and no write.
 */
export async function warnOnChat(c: ConsultationDoc, text: string, now: number): Promise<void> {
  try {
    const rules = await loadRules();
    if (assess({ texts: [text] }, { ...rules, people: [], repeat: [], failedDeadline: [] }, now).length === 0)
      return;
    await reassess(consultationWarningSubject(c, [text]), now);
  } catch (error) {
    console.error('[warning] assessing a chat message failed', error);
  }
}

export async function warnOnConsultation(
  c: ConsultationDoc,
  now: number,
  texts: string[] = [],
): Promise<void> {
  await reassess(consultationWarningSubject(c, texts), now).catch((error: unknown) =>
    console.error('[warning] assessing consultation failed', error),
  );
}
