import type { MediatorAdminView } from '@contracts/admin/mediator';
import type { Availability } from '@contracts/booking';
import { loadAvailability } from '../booking/availability';
import { hoursText } from '../booking/hours';
import { Collections } from '../collections';
import { db } from '../db';
import type { MediatorDoc } from '../models';

interface LoadRow {
  _id: string;
  open: number;
  ratingSum: number;
  ratingCount: number;
}

/**
 * Each mediator's open consultations and ratings, counted by the database in one aggregation over the
 * consultations (not from the mediator's own counter, which only the assignment transaction keeps).
 */
export async function loadsOf(mediatorIds: string[]): Promise<Map<string, LoadRow>> {
  if (mediatorIds.length === 0) return new Map();
  const _ = db().command;
  const $ = _.aggregate;
  const res = (await db()
    .collection(Collections.consultations)
    .aggregate()
    .match({ mediatorId: _.in(mediatorIds) })
    .group({
      _id: '$mediatorId',
      open: $.sum($.cond([$.eq(['$status', 'open']), 1, 0])),
      ratingSum: $.sum($.cond([$.gt(['$rating', 0]), '$rating', 0])),
      ratingCount: $.sum($.cond([$.gt(['$rating', 0]), 1, 0])),
    })
    .end()) as unknown as { list: LoadRow[] };
  return new Map(res.list.map((row) => [row._id, row]));
}

export function toMediatorAdminView(
  m: MediatorDoc,
  load: LoadRow | undefined,
  availability: Availability,
): MediatorAdminView {
  const ratingCount = load?.ratingCount ?? 0;
  return {
    id: m._id,
    userId: m.userId,
    name: m.name,
    title: m.title,
    specialties: m.specialties,
    areas: m.areas,
    hours: hoursText(availability),
    capacity: m.capacity,
    online: m.online,
    active: m.active,
    openConsultations: load?.open ?? 0,
    ratingAverage: ratingCount > 0 ? Math.round(((load?.ratingSum ?? 0) / ratingCount) * 10) / 10 : undefined,
    ratingCount,
  };
}

export async function viewOf(m: MediatorDoc): Promise<MediatorAdminView> {
  return toMediatorAdminView(m, (await loadsOf([m._id])).get(m._id), await loadAvailability(m._id));
}
