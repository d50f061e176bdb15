import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { Handler } from '@server/define-function';
import { viewAttachments } from '@server/legal-aid/attachments';
import { asWriterSeesApplication } from '@server/legal-aid/held-notes';
import { loadOwnApplication } from '@server/legal-aid/store';
import { toDetail } from '@server/legal-aid/views';

/** The applicant reads their own application in full: it is their own data. */
export const myApplication: Handler<typeof legalAidContract.myApplication> = async (input, { caller }) => {
  const doc = await asWriterSeesApplication(await loadOwnApplication(caller.user, input.id), caller.openid);
  const attachments = await viewAttachments(doc.attachments ?? []);
  return toDetail(doc, { viewerId: caller.user._id, masked: false, attachments });
};
