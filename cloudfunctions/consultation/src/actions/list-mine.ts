import { ZConsultation } from '@contracts/consultation';
import type { consultationContract } from '@contracts/functions/consultation';
import { Collections } from '@server/collections';
import type { ConsultationDoc } from '@server/consultation/models';
import { toConsultation } from '@server/consultation/views';
import { findMany, getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';
import { viewEach } from '@server/views/view-each';

/** A resident's consultations, latest activity first (the 咨询 tab). */
export const listMine: Handler<typeof consultationContract.listMine> = async (_input, { caller }) => {
  const items = await findMany<ConsultationDoc>(
    Collections.consultations,
    { residentOpenid: caller.openid },
    { orderBy: [['lastMessageAt', 'desc']], limit: 50 },
  );
  const mediators = new Map<string, MediatorDoc | null>();
  for (const id of new Set(items.map((c) => c.mediatorId).filter(Boolean))) {
    mediators.set(id, await getById<MediatorDoc>(Collections.mediators, id));
  }
  return {
    items: viewEach('consultation.listMine', items, ZConsultation, (c) =>
      toConsultation(c, 'resident', mediators.get(c.mediatorId) ?? null),
    ),
  };
};
