import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { DraftForm } from '@contracts/legal-aid/form';
import { Collections } from '@server/collections';
import { decryptField } from '@server/crypto';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { legalAidConfig } from '@server/legal-aid/config';
import type { LegalAidDraftDoc } from '@server/legal-aid/models';
import { openForm } from '@server/legal-aid/personal';
import type { UserDoc } from '@server/models';

/** What the profile already knows, so an elderly applicant does not type it twice. */
function prefillFrom(user: UserDoc): DraftForm {
  const form: DraftForm = {};
  if (user.phoneEnc) form.phone = decryptField(user.phoneEnc);
  if (user.village) form.address = user.village;
  return form;
}

/** The caller's draft, or a new one prefilled from their profile. */
export const getDraft: Handler<typeof legalAidContract.getDraft> = async (_input, { caller }) => {
  const user = caller.user;
  const draft = await getById<LegalAidDraftDoc>(Collections.legalAidDrafts, user._id);
  const common = { retentionDays: legalAidConfig().retentionDays };
  if (!draft) return { form: prefillFrom(user), step: 0, ...common };
  return { form: openForm<DraftForm>(draft.formEnc), step: draft.step, savedAt: draft.updatedAt, ...common };
};
