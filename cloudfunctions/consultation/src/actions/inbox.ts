import { ZConsultation } from '@contracts/consultation';
import type { consultationContract } from '@contracts/functions/consultation';
import type { InboxFilter } from '@contracts/functions/consultation-inputs';
import { Collections } from '@server/collections';
import type { ConsultationDoc } from '@server/consultation/models';
import { toConsultation } from '@server/consultation/views';
import { findMany, findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';
import { viewEach } from '@server/views/view-each';

/** Which of the mediator's consultations each filter shows. */
function whereOf(filter: InboxFilter, openid: string): Record<string, string> {
  if (filter === 'all') return { mediatorOpenid: openid };
  if (filter === 'closed') return { mediatorOpenid: openid, status: 'closed' };
  return { mediatorOpenid: openid, status: 'open', awaiting: filter === 'mine' ? 'mediator' : 'resident' };
}

/**
 * The mediator's inbox: 全部, 待我回复 (open, resident wrote last; oldest first, who waited longest),
 * 待居民回复, or 已结束.
 */
export const inbox: Handler<typeof consultationContract.inbox> = async (input, { caller }) => {
  const where = whereOf(input.filter, caller.openid);
  const items = await findMany<ConsultationDoc>(Collections.consultations, where, {
    orderBy: [['lastMessageAt', input.filter === 'mine' ? 'asc' : 'desc']],
    limit: 100,
  });
  const me = await findOne<MediatorDoc>(Collections.mediators, { openid: caller.openid });
  return {
    items: viewEach('consultation.inbox', items, ZConsultation, (c) => toConsultation(c, 'mediator', me)),
  };
};
