import type { legalAidContract } from '@contracts/functions/legal-aid';
import { ZQueueItem } from '@contracts/legal-aid/views';
import { listScopeWhere } from '@server/areas/list-scope';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { LegalAidApplicationDoc } from '@server/legal-aid/models';
import { toQueueItem } from '@server/legal-aid/views';
import { viewEach } from '@server/views/view-each';

/**
 * Applications of one status (or all), masked: a list never carries personal data. Waiting ones come
 * oldest first, because the law gives the office 7 days from submission (Art. 43). An officer placed in a
 * town sees that town's applications; the county's officers see all.
 */
export const queue: Handler<typeof legalAidContract.queue> = async (input, { caller }) => {
  const waiting = input.status === 'submitted' || input.status === 'need_material';
  const docs = await findMany<LegalAidApplicationDoc>(
    Collections.legalAidApplications,
    { ...(await listScopeWhere(caller.user)), ...(input.status ? { status: input.status } : {}) },
    { orderBy: [['submittedAt', waiting ? 'asc' : 'desc']], limit: 100 },
  );
  return { items: viewEach('legalaid.queue', docs, ZQueueItem, (d) => toQueueItem(d, caller.user._id)) };
};
