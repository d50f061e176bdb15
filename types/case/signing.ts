import { z } from 'zod';
import { ZEpochMs } from '../models';

/** The two sides of an agreement: the resident who applied (甲方) and the other party (乙方). */
export const signingSides = ['resident', 'other'] as const;
export const ZSigningSide = z.enum(signingSides);
export type SigningSide = z.infer<typeof ZSigningSide>;

/** A SHA-256 digest in lowercase hex: of an agreement's exact text, or of a signature image. */
export const ZSha256 = z
  .string()
  .length(64, '协议指纹格式不对')
  .regex(/^[0-9a-f]{64}$/, '协议指纹格式不对');

/**
 * One party's signature as others see it: who (the real name they signed under, checked against the
 * agreement), when (the server's clock), what (the digest of the exact text they read) and the drawing.
 */
export const ZSignature = z.object({
  side: ZSigningSide,
  name: z.string(),
  signedAt: ZEpochMs,
  textHash: ZSha256,
  imageHash: ZSha256,
  /** A temporary URL of the drawn signature (an hour). */
  imageUrl: z.string(),
  /** Whether WeChat's face verification ran before this signature (only where it is switched on). */
  faceVerified: z.boolean(),
});
export type Signature = z.infer<typeof ZSignature>;

/** Where the judicial confirmation (司法确认) stands: the 30-day limit and what the parties reported. */
export const ZJudicial = z.object({
  /** The last moment to apply: the end of the 30th Beijing day after the agreement took effect. */
  deadlineAt: ZEpochMs,
  /** Whole Beijing days left, 0 on the last day, negative once missed. */
  daysLeft: z.number().int(),
  outcome: z
    .object({
      result: z.enum(['confirmed', 'rejected']),
      rulingNumber: z.string(),
      reportedAt: ZEpochMs,
    })
    .optional(),
});
export type Judicial = z.infer<typeof ZJudicial>;

/**
 * The agreement as both parties sign it: the exact text they read, its digest, the signatures on this
 * version, and once both signed, when it took effect and the code that verifies the document.
 */
export const ZSigning = z.object({
  text: z.string(),
  textHash: ZSha256,
  signatures: z.array(ZSignature),
  /** The viewer's side when the viewer is a party, and whether they still have to sign. */
  mySide: ZSigningSide.optional(),
  mustSign: z.boolean(),
  /** Whether a signature needs WeChat's face verification first (the function's PMR_FACE_VERIFY). */
  faceVerify: z.boolean(),
  /** Signing waits while any part of the agreement is held for review. */
  held: z.boolean(),
  effectiveAt: ZEpochMs.optional(),
  verifyCode: z.string().optional(),
  judicial: ZJudicial.optional(),
});
export type Signing = z.infer<typeof ZSigning>;
