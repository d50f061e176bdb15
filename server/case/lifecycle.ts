import {
  type CaseActor,
  type CaseEvent,
  canTransition,
  caseStateLabels,
  transitions,
} from '@contracts/case/lifecycle';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { getById } from '../db';
import type { UserDoc } from '../models';
import type { CaseDoc } from './models';

const actorNames: Record<CaseActor, string> = { resident: '申请人', mediator: '调解员', admin: '司法所' };

/** Who the caller is to this case; anyone else gets NOT_FOUND, the same as a missing id. */
export function actorOf(c: CaseDoc, user: UserDoc): CaseActor | null {
  if (c.residentId === user._id) return 'resident';
  if (user.role === 'mediator' && c.mediatorOpenid === user.openid) return 'mediator';
  if (user.role === 'admin') return 'admin';
  return null;
}

export async function loadCase(caseId: string, user: UserDoc): Promise<{ doc: CaseDoc; actor: CaseActor }> {
  const doc = await getById<CaseDoc>(Collections.cases, caseId);
  const actor = doc ? actorOf(doc, user) : null;
  if (!doc || !actor) throw new AppError('NOT_FOUND', '找不到这个案件');
  return { doc, actor };
}

/** Refuses an event the table does not allow: the wrong person is FORBIDDEN, the wrong moment CONFLICT. */
export function assertTransition(c: CaseDoc, event: CaseEvent, actor: CaseActor): void {
  const t = transitions[event];
  if (!t.by.includes(actor)) throw new AppError('FORBIDDEN', `${actorNames[actor]}不能${t.label}`);
  if (!canTransition(c.state, event, actor)) {
    throw new AppError('CONFLICT', `案件现在是“${caseStateLabels[c.state]}”，不能${t.label}`);
  }
}

/** The case after an event: new state and a timeline entry saying who did what. */
export function applyEvent(
  c: CaseDoc,
  event: CaseEvent,
  actor: CaseActor,
  now: number,
  text?: string,
): CaseDoc {
  assertTransition(c, event, actor);
  return withEntry(
    { ...c, state: transitions[event].to },
    event,
    actor,
    now,
    text ?? transitions[event].label,
  );
}

/**
 * Adds a timeline entry for something that is not a state change (a new time, an invitation answer).
 * `who` names the doer in words where the actor alone does not (甲方 or 乙方 signing).
 */
export function withEntry(
  c: CaseDoc,
  event: string,
  actor: CaseActor | 'other_party',
  now: number,
  text: string,
  who?: string,
): CaseDoc {
  const by =
    who ??
    (actor === 'other_party'
      ? '对方当事人'
      : actor === 'mediator'
        ? `调解员 ${c.mediatorName}`
        : actorNames[actor]);
  return { ...c, updatedAt: now, timeline: [...c.timeline, { at: now, event, text, by }] };
}
