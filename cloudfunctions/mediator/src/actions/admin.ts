import { ZMediatorAdminView } from '@contracts/admin/mediator';
import type { mediatorContract } from '@contracts/functions/mediator';
import { AppError } from '@server/app-error';
import { listScopeWhere } from '@server/areas/list-scope';
import { inScope, scopeOf } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import { defaultAvailability } from '@server/booking/availability';
import { availabilityOf } from '@server/booking/hours';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { command, findMany, getById, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import { type Handover, putOnDuty, takeOffDuty } from '@server/mediator-admin/duty';
import { loadsOf, toMediatorAdminView, viewOf } from '@server/mediator-admin/load';
import type { MediatorDoc, UserDoc } from '@server/models';
import { dropHeld, holdText } from '@server/moderation/hold';
import { screenTexts } from '@server/moderation/screen';
import { changedFields } from '@server/notice-admin/diff';
import { viewEach } from '@server/views/view-each';

/** A mediator of the admin's roster; one of another town reads as missing. */
async function loadMediator(id: string, admin: UserDoc): Promise<MediatorDoc> {
  const m = await getById<MediatorDoc>(Collections.mediators, id);
  const user = m ? await getById<UserDoc>(Collections.users, m.userId) : null;
  if (!m || !inScope(await scopeOf(admin), user?.area)) throw new AppError('NOT_FOUND', '找不到这位调解员');
  return m;
}

/**
 * The roster in the admin's scope, active first, with load and ratings from one aggregation. A mediator
 * belongs where they work (their user's scope), so a town's office sees its own mediators only.
 */
export const adminList: Handler<typeof mediatorContract.adminList> = async (_input, { caller }) => {
  const all = await findMany<MediatorDoc>(Collections.mediators, await rosterWhere(caller.user), {
    orderBy: [
      ['active', 'desc'],
      ['name', 'asc'],
    ],
    limit: 500,
  });
  const loads = await loadsOf(all.map((m) => m._id));
  const hours = await availabilityOf(all.map((m) => m._id));
  return {
    items: viewEach('mediator.adminList', all, ZMediatorAdminView, (m) =>
      toMediatorAdminView(m, loads.get(m._id), hours.get(m._id) ?? defaultAvailability),
    ),
  };
};

async function rosterWhere(admin: UserDoc): Promise<Record<string, unknown>> {
  const where = await listScopeWhere(admin);
  if (Object.keys(where).length === 0) return {};
  const staff = await findMany<UserDoc>(Collections.users, where, { limit: 1000 });
  return { userId: command().in(staff.map((u) => u._id)) };
}

// Working hours are set on the availability page (the same hours the booking slots come from).
const editable = ['title', 'specialties', 'areas', 'capacity'] as const;

const shownLabels = { title: '职务' } as const;

/**
 * The title is shown to residents on the mediator's card, so a changed one passes content security: risky
 * is refused, review is held (the card keeps the previous value until an admin approves). The card's hours
 * come from the availability, not from typed text.
 */
export const update: Handler<typeof mediatorContract.update> = async (input, { caller, now }) => {
  const m = await loadMediator(input.id, caller.user);
  const areas = [...new Set(input.areas)];
  const changed = (['title'] as const).filter((k) => (input[k] || '') !== (m[k] || ''));
  const fields = changed.map((key) => ({ key, label: shownLabels[key], text: input[key] }));
  const held = await screenTexts(caller.openid, TextScene.profile, fields);
  const next: MediatorDoc = {
    ...m,
    title: held.has('title') ? m.title : input.title || undefined,
    specialties: [...new Set(input.specialties)],
    areas,
    capacity: input.capacity,
  };
  const diff = changedFields(m, next, editable);
  if (Object.keys(diff.after).length > 0) {
    await updateById(Collections.mediators, m._id, {
      title: next.title ?? '',
      specialties: next.specialties,
      areas,
      capacity: next.capacity,
    });
    await recordAudit(
      caller.user,
      { action: 'mediator.update', target: `调解员 ${m.name}`, targetId: m._id, ...diff },
      now,
    );
  }
  await dropHeld(
    m._id,
    Object.keys(shownLabels).filter((k) => !held.has(k)),
  );
  const writer = { id: caller.user._id, openid: caller.openid, name: caller.user.nickname };
  for (const key of held) {
    const field = key as keyof typeof shownLabels;
    const value = input[field] ?? '';
    const context = `调解员 ${m.name}`;
    const hold = {
      kind: 'mediator',
      targetId: m._id,
      field,
      fieldLabel: shownLabels[field],
      value,
      context,
    } as const;
    await holdText(writer, hold, now);
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
  const m = await loadMediator(input.id, caller.user);
  if (m.active === input.active) return { mediator: await viewOf(m), requeued: 0, reassigned: 0 };
  const handover = input.active ? await backOnDuty(m) : await takeOffDuty(m._id, now);
  const next = await loadMediator(m._id, caller.user);
  if (!handover) return { mediator: await viewOf(next), requeued: 0, reassigned: 0 };
  const { requeued, reassigned } = handover;
  await recordAudit(
    caller.user,
    {
      action: input.active ? 'mediator.activate' : 'mediator.deactivate',
      target: `调解员 ${m.name}`,
      targetId: m._id,
      before: { active: m.active },
      after: { active: input.active, ...(input.active ? {} : { requeued, reassigned }) },
    },
    now,
  );
  return { mediator: await viewOf(next), requeued, reassigned };
};
