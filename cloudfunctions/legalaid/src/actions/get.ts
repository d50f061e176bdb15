import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { Handler } from '@server/define-function';
import { viewAttachments } from '@server/legal-aid/attachments';
import { asWriterSeesApplication } from '@server/legal-aid/held-notes';
import { claimForReview, logAccess } from '@server/legal-aid/review';
import { loadApplication } from '@server/legal-aid/store';
import { toDetail } from '@server/legal-aid/views';

/**
 * An officer opens an application masked; `reveal` shows the full data and photos, makes the caller its
 * reviewer if nobody is yet, and is written to the access log every time.
 */
export const get: Handler<typeof legalAidContract.get> = async (input, { caller, now }) => {
  let doc = await asWriterSeesApplication(await loadApplication(input.id), caller.openid);
  const officer = caller.user;
  if (!input.reveal || doc.purgedAt !== undefined) {
    return toDetail(doc, { viewerId: officer._id, masked: true, attachments: [] });
  }
  doc = await claimForReview(doc, officer);
  await logAccess(doc, officer, now);
  const attachments = await viewAttachments(doc.attachments ?? []);
  return toDetail(doc, { viewerId: officer._id, masked: false, attachments });
};
