/**
 * Booking models: a mediator's availability and the slots residents pick from. Times travel as epoch ms;
 * days and hours are written in Asia/Shanghai, where every mediation room is, whatever the server's zone.
 */
export const bookingZone = 'Asia/Shanghai';

export const slotLengths = [30, 45, 60, 90, 120] as const;

export const places = ['village_room', 'justice_office'] as const;
export type Place = (typeof places)[number];

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

/** Rules the app applies to bookings; the notice default is configurable per mediator. */
export const bookingRules = {
  maxReschedules: 2,
  defaultCancelNoticeHours: 24,
  /** How far ahead residents can book, and how soon at the earliest. */
  horizonDays: 14,
  minLeadMinutes: 60,
} as const;
