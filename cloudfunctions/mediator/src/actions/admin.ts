import type { mediatorContract } from '@contracts/functions/mediator';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { findMany, getById, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import { type Handover, putOnDuty, takeOffDuty } from '@server/mediator-admin/duty';
import { loadsOf, toMediatorAdminView, viewOf } from '@server/mediator-admin/load';
import type { MediatorDoc, UserDoc } from '@server/models';
import { changedFields } from '@server/notice-admin/diff';

async function loadMediator(id: string): Promise<MediatorDoc> {
  const m = await getById<MediatorDoc>(Collections.mediators, id);
  if (!m) throw new AppError('NOT_FOUND', '找不到这位调解员');
  return m;
}

/** The whole roster, active first, with load and ratings from one aggregation. */
export const adminList: Handler<typeof mediatorContract.adminList> = async () => {
  const all = await findMany<MediatorDoc>(
    Collections.mediators,
    {},
    {
      orderBy: [
        ['active', 'desc'],
        ['name', 'asc'],
      ],
      limit: 500,
    },
  );
  const loads = await loadsOf(all.map((m) => m._id));
  return { items: all.map((m) => toMediatorAdminView(m, loads.get(m._id))) };
};

const editable = ['title', 'specialties', 'areas', 'capacity', 'hours'] as const;

export const update: Handler<typeof mediatorContract.update> = async (input, { caller, now }) => {
  const m = await loadMediator(input.id);
  const areas = [...new Set(input.areas)];
  const next: MediatorDoc = {
    ...m,
    title: input.title || undefined,
    specialties: [...new Set(input.specialties)],
    areas,
    capacity: input.capacity,
    hours: input.hours || undefined,
  };
  const diff = changedFields(m, next, editable);
  if (Object.keys(diff.after).length > 0) {
    await updateById(Collections.mediators, m._id, {
      title: next.title ?? '',
      specialties: next.specialties,
      areas,
      capacity: next.capacity,
      hours: next.hours ?? '',
    });
    await recordAudit(caller.user, { action: 'mediator.update', target: m._id, ...diff }, now);
  }
  return viewOf(next);
};

/** Reactivation needs the mediator role now: a profile left behind by a role change stays off duty. */
async function backOnDuty(m: MediatorDoc): Promise<Handover | null> {
  const user = await getById<UserDoc>(Collections.users, m.userId);
  if (user?.role !== 'mediator') {
    throw new AppError('CONFLICT', '这位用户现在不是调解员，请先在用户管理中把身份设为调解员');
  }
  return (await putOnDuty(m._id)) ? { requeued: 0, reassigned: 0 } : null;
}

/**
 * Deactivating takes the mediator off duty (their open consultations go to colleagues or the queue);
 * reactivating lets them take work again, but only while they hold the mediator role. Both are conditional
 * on the state the admin saw: of concurrent taps one acts and writes the audit entry.
 */
export const setActive: Handler<typeof mediatorContract.setActive> = async (input, { caller, now }) => {
  const m = await loadMediator(input.id);
  if (m.active === input.active) return { mediator: await viewOf(m), requeued: 0, reassigned: 0 };
  const handover = input.active ? await backOnDuty(m) : await takeOffDuty(m._id, now);
  const next = await loadMediator(m._id);
  if (!handover) return { mediator: await viewOf(next), requeued: 0, reassigned: 0 };
  const { requeued, reassigned } = handover;
  await recordAudit(
    caller.user,
    {
      action: input.active ? 'mediator.activate' : 'mediator.deactivate',
      target: m._id,
      before: { active: m.active },
      after: { active: input.active, ...(input.active ? {} : { requeued, reassigned }) },
    },
    now,
  );
  return { mediator: await viewOf(next), requeued, reassigned };
};
