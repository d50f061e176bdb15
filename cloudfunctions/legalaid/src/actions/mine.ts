import type { legalAidContract } from '@contracts/functions/legal-aid';
import { ZMyApplication } from '@contracts/legal-aid/views';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { LegalAidApplicationDoc } from '@server/legal-aid/models';
import { toMyApplication } from '@server/legal-aid/views';
import { viewEach } from '@server/views/view-each';

/** The caller's applications, newest first: status and reason only, as every list. */
export const mine: Handler<typeof legalAidContract.mine> = async (_input, { caller }) => {
  const docs = await findMany<LegalAidApplicationDoc>(
    Collections.legalAidApplications,
    { applicantId: caller.user._id },
    { orderBy: [['submittedAt', 'desc']], limit: 50 },
  );
  return { items: viewEach('legalaid.mine', docs, ZMyApplication, toMyApplication) };
};
