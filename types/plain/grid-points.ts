/**
 * The words of star-rated grids (星级网格, issue 14), free of zod so the grid pages can import them: what
 * earns or costs a grid points, and how many stars a month's points are worth.
 */

/**
 * Why a row of the points ledger exists. The workflow's steps write the first six (server/grid/points/
 * score.ts), a resident's rating of a closed event writes `satisfaction`, the bureau's hand scoring `hand`.
 */
export const pointCauses = [
  'reported',
  'resolved_on_time',
  'verified',
  'overdue',
  'yellow_card',
  'red_card',
  'satisfaction',
  'hand',
] as const;
export type PointCause = (typeof pointCauses)[number];

export const pointCauseLabels: Record<PointCause, string> = {
  reported: '巡查上报',
  resolved_on_time: '按期办结',
  verified: '现场核查',
  overdue: '超期办结',
  yellow_card: '督办黄牌',
  red_card: '督办红牌',
  satisfaction: '群众评价',
  hand: '考核评分',
};

/** The causes the workflow writes, each worth a fixed number of points set in the star scheme. */
export const stepCauses = [
  'reported',
  'resolved_on_time',
  'verified',
  'overdue',
  'yellow_card',
  'red_card',
] as const satisfies readonly PointCause[];
export type StepCause = (typeof stepCauses)[number];

/** Causes that cost points: their weight is never positive, the others' never negative. */
export const penaltyCauses: readonly StepCause[] = ['overdue', 'yellow_card', 'red_card'];

/** How a resident rates a closed event, 1 (很不满意) to 5 (很满意). */
export const ratingLabels = ['很不满意', '不满意', '一般', '满意', '很满意'] as const;

/** The most stars a grid can have. */
export const MAX_STARS = 5;

/** Stars as text for a screen reader and for the page: ★★★☆☆. */
export function starText(stars: number): string {
  return '★'.repeat(stars) + '☆'.repeat(MAX_STARS - stars);
}

/** A points figure with its sign: +3, -5, 0. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : `${points}`;
}
