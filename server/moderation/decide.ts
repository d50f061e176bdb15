import type { HeldKind } from '@contracts/moderation';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '../app-error';
import { timelineOnly } from '../case/held-texts';
import type { CaseDoc } from '../case/models';
import { updateCase } from '../case/store';
import { type CollectionName, Collections } from '../collections';
import { decideMessage } from '../consultation/messages';
import type { MessageDoc } from '../consultation/models';
import { command, db, getById, updateById } from '../db';
import { decideNote } from '../legal-aid/held-notes';
import type { HeldItemDoc } from './models';

/** How a decision reaches the document a held text belongs to. */
interface Applier {
  approve(item: HeldItemDoc, now: number): Promise<void>;
  reject(item: HeldItemDoc, now: number): Promise<void>;
}

/** The placeholder a case shows for this held item becomes `text`, timeline entries written with it too. */
function replaceInCase(
  c: CaseDoc,
  item: HeldItemDoc,
  value: unknown,
  shown: string,
  field: boolean,
): CaseDoc {
  const next = structuredClone(c) as unknown as Record<string, unknown>;
  if (field) {
    const parts = item.field.split('.');
    let node = next;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[parts[parts.length - 1] as string] = value;
  }
  const doc = next as unknown as CaseDoc;
  doc.timeline = doc.timeline.map((e) =>
    e.at === item.createdAt ? { ...e, text: e.text.replace(heldTexts.pending, shown) } : e,
  );
  return doc;
}

/** `field` false: the text is not the case's own (a follow-up note), only its timeline shows it. */
async function decideCase(
  caseId: string,
  item: HeldItemDoc,
  approve: boolean,
  field = item.field !== timelineOnly,
): Promise<void> {
  await updateCase(
    caseId,
    async (c) => {
      if (approve) return replaceInCase(c, item, item.value, item.text, field);
      const rejected = typeof item.value === 'string' ? heldTexts.rejected : rejectedAgreement(item.value);
      return replaceInCase(c, item, rejected, heldTexts.rejected, field);
    },
    null,
  );
}

function rejectedAgreement(value: unknown): unknown {
  const a = value as { terms?: unknown[]; agreedAt?: number };
  return {
    facts: heldTexts.rejected,
    terms: (a.terms ?? []).map(() => heldTexts.rejected),
    performance: heldTexts.rejected,
    agreedAt: a.agreedAt,
  };
}

/** A field of a plain document: approval writes it, rejection leaves the previous value or placeholder. */
function plainField(collection: CollectionName, rejectWrites: boolean): Applier {
  return {
    approve: async (item) => {
      await updateById(collection, item.targetId, { [item.field]: item.value });
    },
    reject: async (item) => {
      if (rejectWrites) await updateById(collection, item.targetId, { [item.field]: heldTexts.rejected });
    },
  };
}

const messageApplier: Applier = {
  approve: async (item, now) => {
    const m = await heldMessage(item);
    if (!(await decideMessage({ ...m, text: item.text }, true, '', now))) throw decidedMeanwhile();
  },
  reject: async (item, now) => {
    const m = await heldMessage(item);
    if (!(await decideMessage(m, false, '审核未通过，对方看不到这条消息', now))) throw decidedMeanwhile();
  },
};

const decidedMeanwhile = () => new AppError('CONFLICT', '这条消息刚刚被处理过了');

async function heldMessage(item: HeldItemDoc): Promise<MessageDoc> {
  const m = await getById<MessageDoc>(Collections.messages, item.targetId);
  if (!m) throw new AppError('NOT_FOUND', '这条消息已不存在');
  if (m.status !== 'review') throw new AppError('CONFLICT', '这条消息不在待审核状态');
  return m;
}

/** Follow-up ids are `<caseId>:d<days>` (server/case/follow-ups.ts). */
function followUpCase(item: HeldItemDoc): string {
  return item.targetId.split(':')[0] ?? '';
}

const appliers: Record<HeldKind, Applier> = {
  message: messageApplier,
  consultation: messageApplier,
  case: {
    approve: (item) => decideCase(item.targetId, item, true),
    reject: (item) => decideCase(item.targetId, item, false),
  },
  follow_up: {
    approve: async (item) => {
      await updateById(Collections.followUps, item.targetId, { note: item.value });
      await decideCase(followUpCase(item), item, true, false);
    },
    reject: async (item) => {
      await updateById(Collections.followUps, item.targetId, { note: heldTexts.rejected });
      await decideCase(followUpCase(item), item, false, false);
    },
  },
  legal_aid: {
    approve: (item) => decideNote(item.targetId, Number(item.field.split('@')[1]), item.text),
    reject: (item) => decideNote(item.targetId, Number(item.field.split('@')[1]), heldTexts.rejected),
  },
  profile: plainField(Collections.users, false),
  mediator: plainField(Collections.mediators, false),
};

/**
 * Approves or rejects one held text, once: the item is claimed by a conditional update first, so two
 * admins deciding at once cannot both apply it. Approval writes the text into its document (and, for a
 * message, shows it to the other side); rejection keeps it out for good.
 */
export async function decideHeld(
  item: HeldItemDoc,
  approve: boolean,
  adminId: string,
  now: number,
): Promise<HeldItemDoc> {
  const claimed = (await db()
    .collection(Collections.heldItems)
    .where({ _id: item._id, status: 'held' })
    .update({
      data: { status: approve ? 'approved' : 'rejected', decidedAt: now, decidedBy: adminId },
    })) as unknown as { stats: { updated: number } };
  if (claimed.stats.updated !== 1) throw new AppError('CONFLICT', '这条内容已经处理过了');
  const applier = appliers[item.kind];
  try {
    await (approve ? applier.approve(item, now) : applier.reject(item, now));
  } catch (error) {
    // The document could not take the decision: put the item back, so it can be decided again.
    await updateById(Collections.heldItems, item._id, {
      status: 'held',
      decidedAt: command().remove(),
      decidedBy: command().remove(),
    });
    throw error;
  }
  return { ...item, status: approve ? 'approved' : 'rejected', decidedAt: now, decidedBy: adminId };
}
