import type { Availability } from '@contracts/booking';
import type { bookingContract } from '@contracts/functions/booking';
import { recordAudit } from '@server/audit';
import { loadAvailability, mediatorFor } from '@server/booking/availability';
import { Collections } from '@server/collections';
import { db } from '@server/db';
import type { Handler } from '@server/define-function';

const weekdays = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The hours as the audit log shows them: one line of words per setting, no codes. */
function availabilityInWords(av: Availability): Record<string, string> {
  return {
    workingHours: av.weekly.map((h) => `${weekdays[h.weekday]} ${h.start}-${h.end}`).join('、') || '—',
    slotMinutes: `${av.slotMinutes}分钟`,
    daysOff: av.exceptions.map((e) => e.date).join('、') || '—',
    cancelNoticeHours: `${av.cancelNoticeHours}小时`,
  };
}

export const availability: Handler<typeof bookingContract.availability> = async (input, { caller }) => {
  const mediator = await mediatorFor(caller.user, input.mediatorId);
  return loadAvailability(mediator._id);
};

/** Saves a mediator's hours; existing bookings stay as they are (the mediator reschedules them if needed). */
export const setAvailability: Handler<typeof bookingContract.setAvailability> = async (
  input,
  { caller, now },
) => {
  const { mediatorId, ...av } = input;
  const mediator = await mediatorFor(caller.user, mediatorId);
  const exceptions = [...new Map(av.exceptions.map((e) => [e.date, e])).values()].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const saved = { ...av, exceptions };
  await db()
    .collection(Collections.availability)
    .doc(mediator._id)
    .set({ data: { ...saved, updatedAt: now, updatedBy: caller.user._id } });
  if (caller.user.role === 'admin') {
    await recordAudit(
      caller.user,
      {
        action: 'mediator.setAvailability',
        target: `调解员 ${mediator.name}`,
        targetId: mediator._id,
        after: availabilityInWords(saved),
      },
      now,
    );
  }
  return saved;
};
