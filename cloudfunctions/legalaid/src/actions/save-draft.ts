import type { legalAidContract } from '@contracts/functions/legal-aid';
import { Collections } from '@server/collections';
import { db } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnPhotos } from '@server/legal-aid/attachments';
import { sealForm } from '@server/legal-aid/personal';
import { enforceRateLimit } from '@server/rate-limit';

/**
 * Saves the draft after every screen, sealed like a submitted application (a draft holds the same ID
 * number and income). One document per user, replaced whole, so a save is idempotent.
 */
export const saveDraft: Handler<typeof legalAidContract.saveDraft> = async (input, { caller, now }) => {
  await enforceRateLimit(caller.openid, 'legal-aid-draft', { max: 300, windowMs: 60 * 60 * 1000 }, now);
  await checkOwnPhotos(input.form.attachments ?? [], caller.user._id, 'form.attachments');
  await db()
    .collection(Collections.legalAidDrafts)
    .doc(caller.user._id)
    .set({ data: { formEnc: sealForm(input.form), step: input.step, updatedAt: now } });
  return { savedAt: now };
};
