import { AppError } from '../app-error';
import { checkText } from '../content-security';

/** One text field of a payload that someone else will read. */
export interface ScreenedField {
  /** The payload path, so the page puts the message under the field (`otherParty.name`). */
  key: string;
  /** The field in words, used in the refusal (对方姓名). */
  label: string;
  text: string | undefined;
}

/**
 * Checks every text field that another person will read, each on its own so a refusal can say which one.
 * Any `risky` field refuses the whole write, nothing stored, with every risky field named in `fields`;
 * otherwise answers the keys judged `review`, which the caller holds (server/moderation/hold.ts).
 */
export async function screenTexts(
  openid: string,
  scene: number,
  fields: ScreenedField[],
): Promise<Set<string>> {
  const held = new Set<string>();
  const risky: Record<string, string> = {};
  let first = '';
  for (const f of fields) {
    if (!f.text) continue;
    try {
      if ((await checkText(openid, f.text, scene, f.label)) === 'review') held.add(f.key);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'CONTENT_RISKY') throw error;
      risky[f.key] = error.message;
      first ||= error.message;
    }
  }
  if (first) throw new AppError('CONTENT_RISKY', first, risky);
  return held;
}
