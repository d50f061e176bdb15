import type { VisitConfig } from '../config';
import { durationWords, type Finding } from './reason';

/** The three times of a stamp: when it arrived (server), and when it was taken and sent (phone's clock). */
export interface StampTimes {
  at: number;
  clientAt: number;
  sentAt: number;
}

/**
 * The phone's clock against the server's, compared at sending (a phone that sends at once should agree
 * within minutes); a set-back clock would otherwise move a check-in to another day.
 */
export function clockFinding(t: StampTimes, config: VisitConfig): Finding | null {
  const skew = t.sentAt - t.at;
  if (Math.abs(skew) <= config.maxClockSkewMs) return null;
  return {
    code: 'clock_skew',
    text: `手机时间比服务器${skew > 0 ? '快' : '慢'} ${durationWords(Math.abs(skew))}，签到时间以服务器校正后为准`,
  };
}

/** Kept on the phone without signal and sent later (补传): accepted, and the bureau sees how late. */
export function lateFinding(t: StampTimes, config: VisitConfig): Finding | null {
  const waited = t.sentAt - t.clientAt;
  if (waited <= config.lateAfterMs) return null;
  return { code: 'late_upload', text: `离线签到，${durationWords(waited)}后补传` };
}

/** When the stamp was really taken: the phone's time of taking, corrected by the phone's clock error. */
export function takenAtOf(t: StampTimes): number {
  return Math.min(t.at, t.clientAt + (t.at - t.sentAt));
}
