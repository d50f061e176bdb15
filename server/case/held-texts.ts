import type { TCreateBookingInput } from '@contracts/functions/booking-inputs';
import { heldTexts } from '@contracts/moderation';
import type { Caller } from '../caller';
import { TextScene } from '../content-security';
import type { UserDoc } from '../models';
import { holdText, publicText } from '../moderation/hold';
import { type ScreenedField, screenTexts } from '../moderation/screen';
import type { CaseDoc } from './models';

/** The texts of a booking that the mediator reads, by their path in the case document. */
export function caseTextsOf(input: Pick<TCreateBookingInput, 'description' | 'otherParty' | 'address'>) {
  return [
    { key: 'description', label: '纠纷经过', text: input.description },
    { key: 'otherParty.name', label: '对方姓名', text: input.otherParty.name },
    { key: 'otherParty.relation', label: '与对方的关系', text: input.otherParty.relation },
    { key: 'otherParty.village', label: '对方所在村', text: input.otherParty.village },
    { key: 'address', label: '地址', text: input.address },
  ] satisfies ScreenedField[];
}

/** The field of a held text that lives only in the case's timeline (a transition's note). */
export const timelineOnly = 'timelineNote';

/** Who wrote into a case, for the held items: the caller with their name. */
function writerOf(caller: Caller<UserDoc>) {
  return { id: caller.user._id, openid: caller.openid, name: caller.user.nickname };
}

/**
 * Holds the fields of a case that content security wants a person to read first; the case was written
 * with placeholders at those paths. `value` overrides the text written on approval (a whole agreement).
 */
export async function holdCaseTexts(
  caller: Caller<UserDoc>,
  c: CaseDoc,
  held: Set<string>,
  fields: ScreenedField[],
  now: number,
  value?: unknown,
): Promise<void> {
  for (const f of fields) {
    if (!held.has(f.key) || !f.text) continue;
    await holdText(
      writerOf(caller),
      {
        kind: 'case',
        targetId: c._id,
        field: f.key,
        fieldLabel: f.label,
        value: value ?? f.text,
        text: f.text,
        context: `案件 ${c.caseNumber}`,
      },
      now,
    );
  }
}

/** A text written into a case after it exists (a reason, a note): what to store now and what to hold after. */
export interface ScreenedCaseText {
  /** What the case stores and others read: the text, or the placeholder while it is held. */
  shown: string | undefined;
  /** Holds the text for review once the case is written; does nothing when it passed. */
  holdIn(c: CaseDoc, now: number): Promise<void>;
}

/** Screens one text the other side of a case reads, stored at `key` (`booking.reason`, `referral.note`). */
export async function screenCaseText(
  caller: Caller<UserDoc>,
  key: string,
  label: string,
  text: string | undefined,
): Promise<ScreenedCaseText> {
  const fields = [{ key, label, text }];
  const held = await screenTexts(caller.openid, TextScene.comment, fields);
  return {
    shown: text === undefined ? undefined : publicText(text, held.has(key)),
    holdIn: (c, now) => holdCaseTexts(caller, c, held, fields, now),
  };
}

type AgreementInput = { facts: string; terms: string[]; performance: string };
type Agreement = AgreementInput & { agreedAt: number };

/**
 * Screens an agreement: facts, each term and the performance. It is one document the parties sign, so
 * when any part is held the whole agreement is held (as one item) and the case shows placeholders.
 */
export async function screenAgreement(caller: Caller<UserDoc>, input: AgreementInput, now: number) {
  const value: Agreement = { ...input, agreedAt: now };
  const fields: ScreenedField[] = [
    { key: 'facts', label: '纠纷事实', text: input.facts },
    ...input.terms.map((text, i) => ({ key: `terms.${i}`, label: `协议第${i + 1}条`, text })),
    { key: 'performance', label: '履行方式和期限', text: input.performance },
  ];
  const held = (await screenTexts(caller.openid, TextScene.comment, fields)).size > 0;
  const pending = heldTexts.pending;
  const shown: Agreement = held
    ? { facts: pending, terms: input.terms.map(() => pending), performance: pending, agreedAt: now }
    : value;
  const text = [input.facts, ...input.terms, input.performance].join('\n');
  const all = new Set(held ? ['agreement'] : []);
  return {
    value,
    shown,
    holdIn: (c: CaseDoc, at: number) =>
      holdCaseTexts(caller, c, all, [{ key: 'agreement', label: '调解协议', text }], at, value),
  };
}
