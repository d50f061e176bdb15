import { Collections } from '../collections';
import { command } from '../db';
import { aggregate } from './aggregate';
import { areaCondition, type StatsArea } from './area';
import { periodOf } from './pipelines';

/** Screenings of one town, village and month ('' type: they carry no mediation category). */
export interface ScreeningGroup {
  _id: { t: string; w: string; v: string; m: string };
  n: number;
}

/**
 * 排查 also counts the disputes the x+N team screened on their visits (visit_records of kind `screening`).
 * One that became a consultation or a case (`linked`) is already counted as that record, so only the others
 * are added. The visits are few beside consultations and cases, so they are counted from the records with
 * one indexed pipeline rather than rollups, at the visit's area (town and village nodes, as the rollups).
 */
export async function visitScreenings(input: {
  from: number;
  to: number;
  area?: StatsArea;
}): Promise<ScreeningGroup[]> {
  const _ = command();
  return aggregate<ScreeningGroup>(Collections.visitRecords, [
    {
      $match: {
        kind: 'screening',
        at: _.gte(input.from).and(_.lt(input.to)),
        linked: _.exists(false),
        ...areaCondition(input.area, 'area.'),
      },
    },
    {
      $project: {
        w: { $ifNull: ['$area.townId', ''] },
        v: { $ifNull: ['$area.villageId', ''] },
        m: periodOf('$at', '%Y-%m'),
      },
    },
    { $group: { _id: { t: '', w: '$w', v: '$v', m: '$m' }, n: { $sum: 1 } } },
  ]);
}
