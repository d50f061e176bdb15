import { z } from 'zod';
import { defineAction } from '../contract';
import { teamRoles, ZEpochMs, ZId } from '../models';
import { ZVisit, ZVisitRecord } from '../team/models';
import {
  ZCheckInInput,
  ZCheckOutInput,
  ZMineInput,
  ZRecordActivityInput,
  ZScreenedToCaseInput,
} from './visit-inputs';

/** A village the member serves, where they may check in. */
const ZMemberVillage = z.object({ id: ZId, name: z.string(), fullName: z.string() });

/**
 * The `visit` function: a team member's check-ins at the villages they serve, what they did there, and a
 * screened dispute turned into a consultation or a case. Every check (place, accuracy, jitter, speed, clock)
 * is decided here and explained in words; the phone only reports.
 */
export const visitContract = {
  checkIn: defineAction({
    summary: '团队成员在自己服务的村签到：多次定位与现场照片，由服务端判断风险并说明原因；离线签到可补传',
    audience: teamRoles,
    input: ZCheckInInput,
    output: ZVisit,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  checkOut: defineAction({
    summary: '签退：与签到相同的检查',
    audience: teamRoles,
    input: ZCheckOutInput,
    output: ZVisit,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  recordActivity: defineAction({
    summary: '记录走访中做的事：排查纠纷、法律咨询、调解、法治宣传、法治讲座（主题、人数、照片）',
    audience: teamRoles,
    input: ZRecordActivityInput,
    output: ZVisitRecord,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  screenedToCase: defineAction({
    summary: '排查到的纠纷一键转为法律咨询或调解案件（预约最近的空闲时间），两边互相关联',
    audience: teamRoles,
    input: ZScreenedToCaseInput,
    output: z.object({
      record: ZVisitRecord,
      linked: z.object({ kind: z.enum(['consultation', 'case']), id: ZId, label: z.string() }),
    }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  mine: defineAction({
    summary: '我某个月的走访和记录',
    audience: teamRoles,
    input: ZMineInput,
    output: z.object({ month: z.string(), visits: z.array(ZVisit), records: z.array(ZVisitRecord) }),
    errors: [],
  }),
  current: defineAction({
    summary: '我正在进行的走访（未签退）和它的记录，以及我可以签到的村',
    audience: teamRoles,
    input: z.strictObject({}),
    output: z.object({
      visit: ZVisit.nullable(),
      records: z.array(ZVisitRecord),
      villages: z.array(ZMemberVillage),
      serverNow: ZEpochMs,
    }),
    errors: [],
  }),
};
