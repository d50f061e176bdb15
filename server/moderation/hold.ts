import { type HeldKind, heldTexts } from '@contracts/moderation';
import { Collections } from '../collections';
import { command, db, insert } from '../db';
import type { HeldItemDoc } from './models';

/** Who wrote a held text: the item remembers it for the writer's own view and the admin's screen. */
export interface Writer {
  id: string;
  openid: string;
  name: string;
}

export interface HoldRequest {
  kind: HeldKind;
  targetId: string;
  field: string;
  fieldLabel: string;
  value: unknown;
  /** The held words as the admin reads them; defaults to `value` when that is a string. */
  text?: string;
  context: string;
}

/** What others read at a field: the text itself, or the placeholder while it is held. */
export function publicText(text: string, held: boolean): string {
  return held ? heldTexts.pending : text;
}

/**
 * Keeps a held text apart from the document it belongs to, for an admin to decide. Call it after the
 * document was written with the placeholder (or its previous value) at `field`. An earlier undecided or
 * rejected text of the same field is replaced: only the newest one is for review.
 */
export async function holdText(writer: Writer, req: HoldRequest, now: number): Promise<void> {
  await db()
    .collection(Collections.heldItems)
    .where({ targetId: req.targetId, field: req.field, status: command().in(['held', 'rejected']) })
    .remove();
  const doc: Omit<HeldItemDoc, '_id'> = {
    kind: req.kind,
    targetId: req.targetId,
    field: req.field,
    fieldLabel: req.fieldLabel,
    value: req.value,
    text: req.text ?? String(req.value),
    context: req.context,
    writerId: writer.id,
    writerOpenid: writer.openid,
    writerName: writer.name,
    status: 'held',
    createdAt: now,
  };
  await insert(Collections.heldItems, doc);
}

/** Drops undecided texts of a field the writer has just set again to something that passed. */
export async function dropHeld(targetId: string, fields: string[]): Promise<void> {
  if (fields.length === 0) return;
  await db()
    .collection(Collections.heldItems)
    .where({ targetId, field: command().in(fields), status: command().in(['held', 'rejected']) })
    .remove();
}
