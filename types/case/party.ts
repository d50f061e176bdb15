import { z } from 'zod';
import { ZBooking, ZMediatorBrief } from '../booking';
import { ZDisputeType, ZId } from '../models';
import { ZReferral, ZTimelineEntry } from './models';
import { ZSigning } from './signing';

/**
 * A case as the other party sees it once registered through the invitation: the time, the place, the
 * mediator, the entries meant for both sides and the agreement to sign. Never the applicant's own account
 * of the dispute, address, phone or anything they wrote for the mediator alone: this shape has no field
 * for it, so no view can leak it by mistake.
 */
export const ZPartyCase = z.object({
  id: ZId,
  caseNumber: z.string(),
  disputeType: ZDisputeType,
  stateLabel: z.string(),
  nextStep: z.string(),
  booking: ZBooking,
  mediator: ZMediatorBrief,
  residentName: z.string(),
  myName: z.string(),
  attendance: z.enum(['attending', 'declined']),
  referral: z.object({ to: ZReferral }).optional(),
  timeline: z.array(ZTimelineEntry),
  signing: ZSigning.optional(),
  failed: z.boolean(),
});
export type PartyCase = z.infer<typeof ZPartyCase>;

/** What verifying a document answers (协议书核验). */
export const verdicts = ['genuine', 'altered_text', 'altered_signature', 'recorded'] as const;
export const ZVerifyResult = z.object({
  /** With a document: genuine or which part differs; with a code alone: `recorded` (compare by eye). */
  verdict: z.enum(verdicts),
  caseNumber: z.string(),
  committee: z.string(),
  mediatorName: z.string(),
  effectiveAt: z.number(),
  textHash: z.string(),
  text: z.string(),
  signatures: z.array(
    z.object({
      side: z.enum(['resident', 'other']),
      name: z.string(),
      signedAt: z.number(),
      imageHash: z.string(),
    }),
  ),
});
export type VerifyResult = z.infer<typeof ZVerifyResult>;
