import { type HeldItem, heldKindLabels } from '@contracts/moderation';
import type { HeldItemDoc } from './models';

/** A held item as the admin's screen lists it: no openids, names in words. */
export function toHeldItem(doc: HeldItemDoc, decidedByName?: string): HeldItem {
  return {
    id: doc._id,
    kind: doc.kind,
    kindLabel: heldKindLabels[doc.kind] ?? doc.kind,
    fieldLabel: doc.fieldLabel,
    context: doc.context,
    text: doc.text,
    writerName: doc.writerName,
    status: doc.status,
    createdAt: doc.createdAt,
    decidedAt: doc.decidedAt,
    decidedByName,
  };
}
