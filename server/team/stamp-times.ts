import { AppError } from '../app-error';
import { visitConfig } from './config';

/**
 * Refuses times no phone can report: taken after it was sent, or kept offline longer than the review
 * allows. Anything in between is accepted and judged (server/team/risk/clock.ts).
 */
export function assertStampTimes(t: { clientAt: number; sentAt: number; samples: { at: number }[] }): void {
  if (t.clientAt > t.sentAt + 60_000) {
    throw new AppError('BAD_REQUEST', '签到时间有误，请重新签到', { clientAt: '签到时间晚于发送时间' });
  }
  if (t.sentAt - t.clientAt > visitConfig.maxLateMs) {
    throw new AppError('CONFLICT', '这次离线签到已超过7天，不能再补传，请联系司法所说明');
  }
}
