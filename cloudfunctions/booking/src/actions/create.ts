import type { bookingContract } from '@contracts/functions/booking';
import { createCase } from '@server/booking/create-case';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';

/** A resident books a mediation (server/booking/create-case.ts), once per booking form. */
export const create: Handler<typeof bookingContract.create> = (input, { caller, now, deadline }) =>
  once(
    { action: 'booking.create', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => createCase(input, caller.user, now),
  );
