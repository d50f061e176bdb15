import { randomInt } from 'node:crypto';
import type { Signing, SigningSide } from '@contracts/case/signing';
import { tempUrlsOf } from '../files';
import type { UserDoc } from '../models';
import { agreementHeld, agreementText, sha256 } from './agreement-text';
import { judicialOf } from './judicial-deadline';
import type { CaseDoc, SignatureDoc } from './models';
import { faceVerifyRequired } from './signature-image';

/** Which side of the agreement a user is: its applicant, its registered other party, or neither. */
export function sideOf(c: CaseDoc, user: UserDoc): SigningSide | null {
  if (c.residentId === user._id) return 'resident';
  if (c.party?.userId === user._id) return 'other';
  return null;
}

export const sideLabels: Record<SigningSide, string> = { resident: '甲方', other: '乙方' };

/** The signatures that still count: those on the current text (a change empties the list anyway). */
export function currentSignatures(c: CaseDoc): SignatureDoc[] {
  if (!c.agreement || !c.signing) return [];
  const hash = sha256(agreementText(c));
  return c.signing.signatures.filter((s) => s.textHash === hash);
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A code to type from paper: no 0/O or 1/I, 50 bits, so codes cannot be guessed. */
export function newCode(length: number): string {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/**
 * The case after one more signature; with both sides signed the agreement takes effect now and gets the
 * code that verifies its document.
 */
export function withSignature(c: CaseDoc, signature: SignatureDoc, now: number): CaseDoc {
  const signatures = [...currentSignatures(c).filter((s) => s.side !== signature.side), signature];
  const both = signatures.some((s) => s.side === 'resident') && signatures.some((s) => s.side === 'other');
  return {
    ...c,
    signing: { signatures, ...(both ? { effectiveAt: now, verifyCode: newCode(10) } : {}) },
  };
}

/** The agreement as the viewer signs or checks it, with temporary URLs of the drawn signatures. */
export async function signingView(c: CaseDoc, mySide: SigningSide | null, now: number): Promise<Signing> {
  const text = agreementText(c);
  const signatures = currentSignatures(c);
  const urls = await tempUrlsOf(
    signatures.map((s) => s.imageFileId),
    3600,
  );
  const judicial = judicialOf(c, now);
  return {
    text,
    textHash: sha256(text),
    signatures: signatures.map((s) => ({
      side: s.side,
      name: s.realName,
      signedAt: s.signedAt,
      textHash: s.textHash,
      imageHash: s.imageHash,
      imageUrl: urls.get(s.imageFileId) ?? '',
      faceVerified: Boolean(s.faceResult),
    })),
    ...(mySide ? { mySide } : {}),
    mustSign:
      mySide !== null &&
      c.state === 'mediated_success' &&
      !agreementHeld(c) &&
      !signatures.some((s) => s.side === mySide),
    faceVerify: faceVerifyRequired(),
    held: agreementHeld(c),
    ...(c.signing?.effectiveAt !== undefined ? { effectiveAt: c.signing.effectiveAt } : {}),
    ...(c.signing?.verifyCode ? { verifyCode: c.signing.verifyCode } : {}),
    ...(judicial ? { judicial } : {}),
  };
}
