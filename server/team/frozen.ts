import { AppError } from '../app-error';
import { Collections } from '../collections';
import { getById } from '../db';

/**
 * The bureau's monthly review of one village: once closed, that month's visits, records and work-log notes
 * of the village are the record the bureau filed, and nothing changes them.
 */
export interface TeamReviewDoc {
  /** `${month}|${villageId}`: one review per village and month, found by id. */
  _id: string;
  month: string;
  villageId: string;
  villageName: string;
  area: { countyId: string; townId?: string; villageId?: string };
  closedAt: number;
  closedBy: string;
}

export const reviewId = (month: string, villageId: string) => `${month}|${villageId}`;

export async function isMonthClosed(villageId: string, month: string): Promise<boolean> {
  return (await getById<TeamReviewDoc>(Collections.teamReviews, reviewId(month, villageId))) !== null;
}

/**
 * Refuses a write into a month the bureau has closed for the village. Every write of a visit, a visit
 * record or a work-log note of that month calls it before writing.
 */
export async function assertMonthOpen(villageId: string, month: string): Promise<void> {
  if (await isMonthClosed(villageId, month)) {
    throw new AppError('CONFLICT', `${monthWords(month)}的台账已由司法局审核封存，不能再新增或修改`);
  }
}

function monthWords(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}
