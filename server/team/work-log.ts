import { visitRecordKindLabels } from '@contracts/plain/team';
import type { WorkLog, WorkLogDay } from '@contracts/team/ledger-views';
import { Collections } from '../collections';
import { findMany } from '../db';
import { dayKey } from '../stats/rollups';
import type { MemberInView } from './access';
import { findEvery } from './find-every';
import { isMonthClosed } from './frozen';
import { toTeamMember } from './member-view';
import type { Stamp, VisitDoc, VisitRecordDoc } from './models';

/** A member's own note on one day of their work log (工作日志), editable until the month is closed. */
export interface LogNoteDoc {
  /** `${memberId}|${YYYY-MM-DD}`. */
  _id: string;
  memberId: string;
  day: string;
  month: string;
  text: string;
  updatedAt: number;
}

export const logNoteId = (memberId: string, day: string) => `${memberId}|${day}`;

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

function dayLabel(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${weekdays[d.getUTCDay()]}`;
}

function stampWords(what: '签到' | '签退', village: string, s: Stamp): string {
  const marks = [s.risk.level === 'review' ? '需要复核' : '', s.late ? '补传' : ''].filter(Boolean);
  return `${what}：${village}${marks.length ? `（${marks.join('，')}）` : ''}`;
}

function recordWords(r: VisitRecordDoc, village: string): string {
  const people = r.attendance ? `，${r.attendance}人参加` : '';
  const from = r.source === 'app' ? '（小程序内办理）' : '';
  return `${visitRecordKindLabels[r.kind]}：${r.topic}${people}（${village}）${from}`;
}

/**
 * The work log of a member's month, generated from what the app recorded (check-ins, sign-outs, records)
 * day by day, with the member's own note on each day. Only the villages the viewer may see are included.
 */
export async function workLog(view: MemberInView, month: string): Promise<WorkLog> {
  const { member, villages } = view;
  const names = new Map(villages.map((v) => [v._id, v.name]));
  const where = { memberId: member.userId, 'period.month': month };
  const [visits, records, notes] = await Promise.all([
    findEvery<VisitDoc>(Collections.visits, where),
    findEvery<VisitRecordDoc>(Collections.visitRecords, where),
    findMany<LogNoteDoc>(Collections.teamLogNotes, { memberId: member.userId, month }, { limit: 40 }),
  ]);
  const days = new Map<string, { at: number; text: string }[]>();
  const add = (at: number, text: string) => {
    const key = dayKey(at);
    days.set(key, [...(days.get(key) ?? []), { at, text }]);
  };
  for (const v of visits) {
    const name = names.get(v.villageId);
    if (!name) continue;
    add(v.checkIn.at, stampWords('签到', name, v.checkIn));
    if (v.closedBy === 'day_end') add(v.checkOut?.at ?? v.updatedAt, `未签退：${name}（当天结束时自动签退）`);
    else if (v.checkOut) add(v.checkOut.at, stampWords('签退', name, v.checkOut));
  }
  for (const r of records) {
    const name = names.get(r.villageId);
    if (name) add(r.at, recordWords(r, name));
  }
  const noteOf = new Map(notes.map((n) => [n.day, n.text]));
  for (const day of noteOf.keys()) if (!days.has(day)) days.set(day, []);
  const list: WorkLogDay[] = [...days.keys()].sort().map((day) => ({
    day,
    label: dayLabel(day),
    entries: (days.get(day) ?? []).sort((a, b) => a.at - b.at),
    ...(noteOf.get(day) ? { note: noteOf.get(day) } : {}),
  }));
  const closed = await Promise.all(villages.map((v) => isMonthClosed(v._id, month)));
  return {
    member: toTeamMember(member, villages),
    month,
    days: list,
    closed: closed.length > 0 && closed.every(Boolean),
  };
}
