import { ZConsultation } from '@contracts/consultation';
import type { consultationContract } from '@contracts/functions/consultation';
import { Collections } from '@server/collections';
import type { ConsultationDoc } from '@server/consultation/models';
import { toConsultation } from '@server/consultation/views';
import { findMany, findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';
import { viewEach } from '@server/views/view-each';

/** The mediator's inbox: 待我回复 (open, resident wrote last), 待居民回复, or 已结束. */
export const inbox: Handler<typeof consultationContract.inbox> = async (input, { caller }) => {
  const where =
    input.filter === 'closed'
      ? { mediatorOpenid: caller.openid, status: 'closed' }
      : {
          mediatorOpenid: caller.openid,
          status: 'open',
          awaiting: input.filter === 'mine' ? 'mediator' : 'resident',
        };
  const items = await findMany<ConsultationDoc>(Collections.consultations, where, {
    orderBy: [['lastMessageAt', input.filter === 'mine' ? 'asc' : 'desc']],
    limit: 100,
  });
  const me = await findOne<MediatorDoc>(Collections.mediators, { openid: caller.openid });
  return {
    items: viewEach('consultation.inbox', items, ZConsultation, (c) => toConsultation(c, 'mediator', me)),
  };
};
