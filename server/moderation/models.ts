import type { HeldKind, HeldStatus } from '@contracts/moderation';

/**
 * One held text. It lives only here (a collection no client can read) until an admin decides: the
 * document it belongs to carries a placeholder (new text) or its previous value (an edit) meanwhile.
 * Approval writes `value` at `field` of the target; rejection leaves the placeholder or previous value.
 */
export interface HeldItemDoc {
  _id: string;
  kind: HeldKind;
  /** The document the text belongs to (a message, case, user, mediator, follow-up or availability id). */
  targetId: string;
  /** Dot path in the target that receives `value` on approval. */
  field: string;
  fieldLabel: string;
  /** What is written on approval: a string, or a whole agreement when any of its parts was held. */
  value: unknown;
  /** The held words, for the admin to read. */
  text: string;
  /** Where it belongs, in words (a case number, 咨询·邻里纠纷). */
  context: string;
  writerId: string;
  writerOpenid: string;
  writerName: string;
  status: HeldStatus;
  createdAt: number;
  decidedAt?: number;
  decidedBy?: string;
}
