import { Collections } from '../collections';
import { command, db } from '../db';
import { areaCondition, type StatsArea } from './area';
import { CHINA_OFFSET_MS, monthKey, monthStartAtOrAfter, monthStartAtOrBefore } from './months';
import { dayKey, type Grain, type RollupDoc } from './rollups';

const DAY_MS = 86_400_000;

/** The China-time midnight at or before an instant. */
const dayStart = (at: number) => Math.floor((at + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;

/** Rollups of one grain whose period is in [from, to) (`YYYY-MM-DD` or `YYYY-MM`, compared as text). */
export interface RollupRange {
  grain: Grain;
  from: string;
  to: string;
}

export interface PeriodPlan {
  /** Stretches shorter than a day at the period's edges, counted from the records. */
  records: { from: number; to: number }[];
  rollups: RollupRange[];
}

/**
 * Splits [from, to) into what the rollups answer (whole months, whole days around them) and what only the
 * records can (part of a day at either edge). A month-aligned period is rollups only.
 */
export function planPeriod(from: number, to: number): PeriodPlan {
  const firstDay = dayStart(from) === from ? from : dayStart(from) + DAY_MS;
  const lastDay = dayStart(to);
  if (firstDay >= lastDay) return { records: [{ from, to }], rollups: [] };
  const records = [
    ...(from < firstDay ? [{ from, to: firstDay }] : []),
    ...(lastDay < to ? [{ from: lastDay, to }] : []),
  ];
  const m1 = monthStartAtOrAfter(firstDay);
  const m2 = monthStartAtOrBefore(lastDay);
  if (m1 >= m2) return { records, rollups: [{ grain: 'day', from: dayKey(firstDay), to: dayKey(lastDay) }] };
  const rollups: RollupRange[] = [{ grain: 'month', from: monthKey(m1), to: monthKey(m2) }];
  if (firstDay < m1) rollups.push({ grain: 'day', from: dayKey(firstDay), to: dayKey(m1) });
  if (m2 < lastDay) rollups.push({ grain: 'day', from: dayKey(m2), to: dayKey(lastDay) });
  return { records, rollups };
}

/** The SDK's largest page. */
const PAGE = 1000;

/** Every rollup in the ranges (and area), the ranges read together, each a page of 1000 per round trip. */
export async function readRollups(ranges: RollupRange[], area?: StatsArea): Promise<RollupDoc[]> {
  const _ = command();
  const pages = await Promise.all(
    ranges.map(async (r) => {
      const where = {
        grain: r.grain,
        period: _.gte(r.from).and(_.lt(r.to)),
        ...areaCondition(area, ''),
      };
      const docs: RollupDoc[] = [];
      for (;;) {
        const res = (await db()
          .collection(Collections.statsRollups)
          .where(where)
          .skip(docs.length)
          .limit(PAGE)
          .get()) as unknown as { data: RollupDoc[] };
        docs.push(...res.data);
        if (res.data.length < PAGE) return docs;
      }
    }),
  );
  return pages.flat();
}
