import type { Availability, SlotDay } from '@contracts/booking';
import type { CaseDetail } from '@contracts/case/models';
import type { TCreateBookingInput } from '@contracts/functions/booking-inputs';
import { type AppCloud, dataOf, useAppCloud } from './app-cloud';
import { sdk } from './devcloud';

/** Every day, every hour from 00:00 to 23:00: a slot is always near, whatever the clock says. */
export const roundTheClock: Availability = {
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:00' })),
  slotMinutes: 60,
  exceptions: [],
  cancelNoticeHours: 24,
};

/**
 * Like useAppCloud, with a fixed number of function workers (each runs several invocations at once). The
 * concurrency tests need invocations that truly overlap, but not so many on two cores that each one runs
 * into the function's timeout: the rest wait in the runner's queue, which the timeout does not count.
 */
export function useCloudWithPool(workers: number): AppCloud {
  return useAppCloud({ poolSize: workers, maxWorkers: workers });
}

export interface TestMediator {
  openid: string;
  userId: string;
  mediatorId: string;
}

/** A mediator user with a roster entry; optionally with availability already set. */
export async function createMediator(
  app: AppCloud,
  name = '张桂兰',
  availability?: Availability,
): Promise<TestMediator> {
  const { openid, id } = await app.createUser('mediator', { nickname: name });
  const res = await sdk(
    app.db.collection('mediators').add({
      data: {
        userId: id,
        openid,
        name,
        title: '人民调解员',
        specialties: ['邻里', '婚姻家庭'],
        areas: ['东山村'],
        online: true,
        capacity: 5,
        active: true,
        createdAt: Date.now(),
      },
    }),
  );
  const mediatorId = (res as { _id: string })._id;
  if (availability) dataOf(await app.call(openid, 'booking', 'setAvailability', availability));
  return { openid, userId: id, mediatorId };
}

export async function slotDays(app: AppCloud, openid: string, mediatorId: string): Promise<SlotDay[]> {
  return dataOf<{ days: SlotDay[] }>(await app.call(openid, 'booking', 'slots', { mediatorId })).days;
}

export function bookingInput(
  mediatorId: string,
  startAt: number,
  extra: Partial<TCreateBookingInput> = {},
): TCreateBookingInput {
  return {
    disputeType: '邻里',
    description: '邻居家新砌的围墙占了我家门前的路，出入很不方便，多次协商没有结果。',
    otherParty: { name: '王五', relation: '邻居', village: '东山村' },
    mediatorId,
    startAt,
    place: 'village_room',
    ...extra,
  };
}

/** Books the given slot as the resident and answers the case. */
export async function book(
  app: AppCloud,
  openid: string,
  mediatorId: string,
  startAt: number,
  extra: Partial<TCreateBookingInput> = {},
): Promise<CaseDetail> {
  return dataOf<CaseDetail>(
    await app.call(openid, 'booking', 'create', bookingInput(mediatorId, startAt, extra)),
  );
}

/** Slot start times in order, from the slot days. */
export function starts(days: SlotDay[]): number[] {
  return days.flatMap((d) => d.slots.map((s) => s.startAt));
}
