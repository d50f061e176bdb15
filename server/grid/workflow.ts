import type { GridEventState, GridStep } from '@contracts/grid/models';
import { AppError } from '../app-error';
import { runTx, txGet } from '../case/store';
import { Collections } from '../collections';
import type { TransactionLike } from '../db';
import type { UserDoc } from '../models';
import { levelAt } from './deadline';
import type { GridEventDoc, GridTimelineEntry } from './models';
import { type Party, partiesOf } from './parties';
import { recordStepPoints } from './points/record';

/**
 * The loop of GB/T 30428 as a table: from which states each step may be taken, by whom, and where it
 * leads (no `to`: the state stays, e.g. an extension request or a card). Sending back and a failed check
 * return the event to `accepted`, where the street dispatches it again.
 */
interface StepRule {
  from: readonly GridEventState[];
  to?: GridEventState;
  by: readonly Party[];
}

export const stepRules: Record<GridStep, StepRule> = {
  /** A new event: no state before it; a grid worker or a resident reports. */
  report: { from: [], to: 'reported', by: ['reporter', 'watcher'] },
  resolve_on_spot: { from: ['reported'], to: 'resolved_on_spot', by: ['reporter'] },
  accept: { from: ['reported'], to: 'accepted', by: ['street'] },
  return: { from: ['reported'], to: 'returned', by: ['street'] },
  dispatch: { from: ['accepted'], to: 'dispatched', by: ['street'] },
  take: { from: ['dispatched'], to: 'handling', by: ['unit'] },
  send_back: { from: ['dispatched', 'handling'], to: 'accepted', by: ['unit'] },
  reply: { from: ['handling'], to: 'replied', by: ['unit'] },
  ask_extension: { from: ['dispatched', 'handling'], by: ['unit'] },
  approve_extension: { from: ['dispatched', 'handling'], by: ['street'] },
  refuse_extension: { from: ['dispatched', 'handling'], by: ['street'] },
  verify_pass: { from: ['replied'], to: 'verified', by: ['verifier'] },
  verify_fail: { from: ['replied'], to: 'accepted', by: ['verifier'] },
  close: { from: ['verified'], to: 'closed', by: ['verifier', 'street'] },
  yellow_card: { from: ['dispatched', 'handling'], by: ['system'] },
  red_card: { from: ['dispatched', 'handling'], by: ['system'] },
  to_case: { from: ['reported', 'accepted'], to: 'closed', by: ['reporter', 'street'] },
};

export type WorkflowStep = keyof typeof stepRules;

/** Steps with a further condition than state and party, checked on the stored event. */
function conditionFails(step: WorkflowStep, e: GridEventDoc): string | null {
  const pending = e.extension?.status === 'pending';
  if (step === 'ask_extension' && pending) return '已经申请过延期，请等待街道审批';
  if ((step === 'approve_extension' || step === 'refuse_extension') && !pending)
    return '没有待审批的延期申请';
  if (step === 'to_case' && e.type !== 'dispute') return '只有矛盾纠纷可以转为调解案件';
  if (step === 'to_case' && e.caseLink) return '这件事已经转为调解案件';
  return null;
}

/** The steps a set of parties may take now, for the buttons of the detail page. */
export function allowedSteps(e: GridEventDoc, parties: Set<Party>): WorkflowStep[] {
  return (Object.keys(stepRules) as WorkflowStep[]).filter((step) => {
    const rule = stepRules[step];
    if (step === 'report' || step === 'yellow_card' || step === 'red_card') return false;
    return rule.from.includes(e.state) && rule.by.some((p) => parties.has(p)) && !conditionFails(step, e);
  });
}

export interface StepRequest {
  eventId: string;
  /** Only for `report`: the new event as it starts (state and timeline are set here). */
  create?: GridEventDoc;
  step: WorkflowStep;
  actor: UserDoc | 'system';
  now: number;
  note?: string;
  photoFileIds?: string[];
  /** Fields the step changes besides state and timeline (the unit, the deadline, the extension). */
  change?: (e: GridEventDoc) => Partial<GridEventDoc>;
  /**
   * Writes that belong to the same step, in the same transaction (the case a dispute becomes), before the
   * event is written; what it answers is set on the event too (the link to that case).
   */
  alongside?: (tx: TransactionLike, e: GridEventDoc) => Promise<Partial<GridEventDoc> | undefined>;
}

/**
 * The one way an event starts and moves: inside one transaction it reads the event, checks the step against the
 * table (state, party, condition), appends the timeline entry with who and when, writes the event and the
 * points the step earns (server/grid/points/record.ts). A refused step writes nothing.
 */
export async function applyStep(req: StepRequest): Promise<GridEventDoc> {
  return runTx(async (tx) => {
    const stored = await txGet<GridEventDoc>(tx, Collections.gridEvents, req.eventId);
    if (stored && req.create) throw new AppError('CONFLICT', '这件事已经上报过了');
    const e = stored ?? req.create;
    if (!e) throw new AppError('NOT_FOUND', '找不到这件事');
    const parties = await partiesOf(e, req.actor);
    if (parties.size === 0) throw new AppError('NOT_FOUND', '找不到这件事');
    const rule = stepRules[req.step];
    if (!rule.by.some((p) => parties.has(p))) throw new AppError('FORBIDDEN', '这一步不由您办理');
    if (stored ? !rule.from.includes(e.state) : req.step !== 'report')
      throw new AppError('CONFLICT', '这件事现在不能办理这一步，请刷新后再看');
    const condition = conditionFails(req.step, e);
    if (condition) throw new AppError('CONFLICT', condition);
    const actor = req.actor;
    const entry: GridTimelineEntry = {
      step: req.step,
      byId: actor === 'system' ? 'system' : actor._id,
      byRole: actor === 'system' ? 'system' : actor.role,
      byName: actor === 'system' ? '系统' : actor.nickname,
      at: req.now,
      ...(req.note ? { note: req.note } : {}),
      ...(req.photoFileIds?.length ? { photoFileIds: req.photoFileIds } : {}),
    };
    const changed: GridEventDoc = { ...e, ...req.change?.(e), state: rule.to ?? e.state, updatedAt: req.now };
    if (req.step === 'reply' || req.step === 'close') entry.onTime = onTime(changed, req.now);
    changed.timeline = [...(stored ? e.timeline : []), entry];
    const level = levelAt(changed, req.now);
    if (level) changed.deadlineLevel = level;
    else delete changed.deadlineLevel;
    Object.assign(changed, await req.alongside?.(tx, changed));
    const { _id, ...rest } = changed;
    // A change clears a field by setting it undefined (the unit after sending back): JSON drops it.
    const data = JSON.parse(JSON.stringify(rest)) as Omit<GridEventDoc, '_id'>;
    await tx.collection(Collections.gridEvents).doc(_id).set({ data });
    await recordStepPoints(tx, changed, entry, req.now);
    return changed;
  });
}

/** A reply is on time before the deadline; a closing is on time when the reply it closes was. */
function onTime(e: GridEventDoc, now: number): boolean {
  if (e.state === 'closed') {
    const reply = [...e.timeline].reverse().find((t) => t.step === 'reply');
    return reply?.onTime ?? true;
  }
  return !e.deadline || now <= e.deadline;
}
