import type { AreaDoc } from '../areas/store';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import { aggregate } from './aggregate';
import { periodOf } from './pipelines';

/** Screenings of one village and month. */
export interface ScreeningGroup {
  _id: { v: string; m: string };
  n: number;
}

/**
 * 排查 also counts the disputes the x+N team screened on their visits (visit_records of kind `screening`).
 * One that became a consultation or a case (`linked`) is already counted as that record, so only the others
 * are added. The visits are few beside consultations and cases, so they are counted from the records with
 * one indexed pipeline rather than rollups; villages are area nodes there, named here as the figures name
 * them. `area` (a village's name) narrows to that village.
 */
export async function visitScreenings(input: { from: number; to: number; area?: string }) {
  const _ = command();
  const named = input.area
    ? await findMany<AreaDoc>(Collections.areas, { level: 'village', name: input.area }, { limit: 20 })
    : undefined;
  if (named && named.length === 0) return [];
  const groups = await aggregate<ScreeningGroup>(Collections.visitRecords, [
    {
      $match: {
        kind: 'screening',
        at: _.gte(input.from).and(_.lt(input.to)),
        linked: _.exists(false),
        ...(named ? { villageId: _.in(named.map((v) => v._id)) } : {}),
      },
    },
    { $project: { v: '$villageId', m: periodOf('$at', '%Y-%m') } },
    { $group: { _id: { v: '$v', m: '$m' }, n: { $sum: 1 } } },
  ]);
  const ids = [...new Set(groups.map((g) => g._id.v))];
  const villages = ids.length
    ? await findMany<AreaDoc>(Collections.areas, { _id: _.in(ids) }, { limit: ids.length })
    : [];
  const names = new Map(villages.map((v) => [v._id, v.name]));
  return groups.map((g) => ({ _id: { t: '', v: names.get(g._id.v) ?? '', m: g._id.m }, n: g.n }));
}
