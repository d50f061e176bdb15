import { z } from 'zod';
import { ZEpochMs, ZId } from './models';

/**
 * Booking models: a mediator's availability and the slots residents pick from. Times travel as epoch ms;
 * days and hours are written in Asia/Shanghai, where every mediation room is, whatever the server's zone.
 */
export const bookingZone = 'Asia/Shanghai';

const ZClock = z
  .string()
  .max(5, '时间格式应为 09:00')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 09:00');
const ZDate = z
  .string()
  .max(10, '日期格式应为 2026-01-05')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-05');

/** One stretch of working hours on a weekday (1 = 周一 ... 7 = 周日). */
export const ZWorkingHours = z
  .strictObject({ weekday: z.number().int().min(1).max(7), start: ZClock, end: ZClock })
  .refine((h) => h.start < h.end, { message: '结束时间要晚于开始时间', path: ['end'] });

/** A whole day off: 请假 or 节假日. */
export const ZAvailabilityException = z.strictObject({
  date: ZDate,
  kind: z.enum(['leave', 'holiday']),
  note: z.string().trim().max(20, '说明不超过20个字').optional(),
});

export const slotLengths = [30, 45, 60, 90, 120] as const;

export const ZAvailability = z.strictObject({
  weekly: z.array(ZWorkingHours).max(21, '每周最多21段时间'),
  slotMinutes: z.union(
    slotLengths.map((n) => z.literal(n)),
    { error: '请选择每次调解的时长' },
  ),
  exceptions: z.array(ZAvailabilityException).max(60, '最多设置60个休息日'),
  /** How long before a booking a resident may still cancel it themselves. */
  cancelNoticeHours: z.number().int().min(0).max(168),
});
export type Availability = z.infer<typeof ZAvailability>;

export const ZSlot = z.object({ startAt: ZEpochMs, endAt: ZEpochMs });
export type Slot = z.infer<typeof ZSlot>;

/** The slots of one day, labelled for a big day button: 11月30日 周一. */
export const ZSlotDay = z.object({ date: z.string(), label: z.string(), slots: z.array(ZSlot) });
export type SlotDay = z.infer<typeof ZSlotDay>;

export const places = ['village_room', 'justice_office'] as const;
export const ZPlace = z.enum(places, { error: '请选择调解地点' });
export type Place = z.infer<typeof ZPlace>;
export const placeLabels: Record<Place, string> = {
  village_room: '村人民调解室',
  justice_office: '镇司法所',
};

/** Where a booking stands, apart from the case's own state. */
export const bookingStatuses = [
  'pending',
  'proposed',
  'needs_slot',
  'confirmed',
  'declined',
  'cancelled',
  'done',
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
export const bookingStatusLabels: Record<BookingStatus, string> = {
  pending: '等待调解员确认',
  proposed: '调解员建议了新时间',
  needs_slot: '请重新选择时间',
  confirmed: '已确认',
  declined: '调解员未受理',
  cancelled: '已取消',
  done: '已到场调解',
};

export const ZBooking = z.object({
  status: z.enum(bookingStatuses),
  startAt: ZEpochMs.optional(),
  endAt: ZEpochMs.optional(),
  place: ZPlace,
  rescheduleCount: z.number().int(),
  reason: z.string().optional(),
});
export type Booking = z.infer<typeof ZBooking>;

export const ZMediatorBrief = z.object({ id: ZId, name: z.string(), title: z.string().optional() });
export type MediatorBrief = z.infer<typeof ZMediatorBrief>;

/** Rules the app applies to bookings; the notice default is configurable per mediator. */
export const bookingRules = {
  maxReschedules: 2,
  defaultCancelNoticeHours: 24,
  /** How far ahead residents can book, and how soon at the earliest. */
  horizonDays: 14,
  minLeadMinutes: 60,
} as const;
