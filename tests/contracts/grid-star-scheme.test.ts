import { ZStarScheme } from '@contracts/grid/points';
import type { GridEventDoc, GridTimelineEntry } from '@server/grid/models';
import { defaultScheme } from '@server/grid/points/scheme';
import { causesOf, closedOnTime, pointsOfStep, starsOf } from '@server/grid/points/score';

/** The star scheme's rules and the pure scoring of steps, without a cloud. */
const fieldsOf = (input: unknown) => {
  const r = ZStarScheme.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the star scheme', () => {
  it('accepts the default scheme', () => {
    expect(ZStarScheme.safeParse(defaultScheme).success).toBe(true);
  });

  it('refuses a rewarded penalty, a punished reward, flat thresholds and a repeated item', () => {
    expect(
      fieldsOf({
        ...defaultScheme,
        weights: { ...defaultScheme.weights, yellow_card: 1, verified: -1 },
        thresholds: [10, 30, 30, 100, 150],
        handItems: [defaultScheme.handItems[0], defaultScheme.handItems[0]],
      }),
    ).toEqual({
      'weights.yellow_card': '扣分项的分值不能为正',
      'weights.verified': '加分项的分值不能为负',
      thresholds: '星级分数线要逐级提高',
      handItems: '考核项目代码不能重复',
    });
  });

  it('needs five thresholds and a weight for every rating', () => {
    expect(fieldsOf({ ...defaultScheme, thresholds: [1, 2], satisfaction: [1] })).toEqual({
      thresholds: '要填写一到五星的分数线',
      satisfaction: '群众评价要填写1到5星各自的分值',
    });
  });
});

describe('stars', () => {
  it('gives one star per threshold reached, none below the first, never more than five', () => {
    const t = [10, 30, 60, 100, 150];
    expect([-5, 0, 9, 10, 29, 30, 149, 150, 9999].map((p) => starsOf(p, t))).toEqual([
      0, 0, 0, 1, 1, 2, 4, 5, 5,
    ]);
  });
});

const entry = (
  step: GridTimelineEntry['step'],
  extra: Partial<GridTimelineEntry> = {},
): GridTimelineEntry => ({
  step,
  byId: 'w1',
  byRole: 'grid_worker',
  byName: '网格员',
  at: 1_770_000_000_000,
  ...extra,
});

const event = (fields: Partial<GridEventDoc>): GridEventDoc => ({
  _id: 'e1',
  number: 'SJ-2026-000001',
  reporterId: 'w1',
  reporterRole: 'grid_worker',
  type: 'hazard',
  description: '',
  point: { lng: 120, lat: 29 },
  area: { countyId: 'c', gridId: 'g' },
  urgency: 'normal',
  photoFileIds: [],
  state: 'reported',
  cards: {},
  clientAt: 0,
  late: false,
  timeline: [],
  createdAt: 0,
  updatedAt: 0,
  ...fields,
});

describe('what a step earns', () => {
  it('rewards a patrol report, not a resident’s', () => {
    expect(causesOf(event({}), entry('report'))).toEqual(['reported']);
    expect(causesOf(event({ reporterRole: 'resident' }), entry('report', { byRole: 'resident' }))).toEqual(
      [],
    );
  });

  it('judges a closing by its onTime, else the reply’s, else the deadline', () => {
    const at = 1_770_000_000_000;
    const closed = (timeline: GridTimelineEntry[], deadline?: number) =>
      event({ state: 'closed', timeline, ...(deadline ? { deadline } : {}) });
    expect(closedOnTime(closed([entry('close', { onTime: false })]))).toBe(false);
    expect(closedOnTime(closed([entry('reply', { onTime: false }), entry('close')]))).toBe(false);
    expect(closedOnTime(closed([entry('close', { at })], at - 1))).toBe(false);
    expect(closedOnTime(closed([entry('close', { at })], at))).toBe(true);
    expect(closedOnTime(closed([entry('to_case')]))).toBe(true);
    expect(closedOnTime(event({ state: 'handling' }))).toBeNull();
    expect(closedOnTime(event({ state: 'resolved_on_spot' }))).toBe(true);
  });

  it('costs the grid a late closing and each card, with the reason in words', () => {
    const e = event({ state: 'closed' });
    expect(pointsOfStep(e, entry('close', { onTime: false }), defaultScheme)).toEqual([
      { cause: 'overdue', points: -3, text: '事件 SJ-2026-000001 超过办理时限才结案' },
    ]);
    expect(pointsOfStep(e, entry('red_card', { byRole: 'system', byId: 'system' }), defaultScheme)).toEqual([
      { cause: 'red_card', points: -10, text: '事件 SJ-2026-000001 超期被督办（红牌）' },
    ]);
  });

  it('credits the verifier only when a grid worker checked on site', () => {
    expect(pointsOfStep(event({}), entry('verify_pass', { byId: 'w9' }), defaultScheme)).toEqual([
      { cause: 'verified', points: 1, text: '到现场核查事件 SJ-2026-000001', workerId: 'w9' },
    ]);
    expect(causesOf(event({}), entry('verify_pass', { byRole: 'admin' }))).toEqual([]);
    expect(causesOf(event({}), entry('dispatch', { byRole: 'admin' }))).toEqual([]);
  });
});
