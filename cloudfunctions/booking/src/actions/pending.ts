import { ZCaseSummary } from '@contracts/case/models';
import type { bookingContract } from '@contracts/functions/booking';
import { listScopeWhere } from '@server/areas/list-scope';
import { mediatorFor } from '@server/booking/availability';
import type { CaseDoc } from '@server/case/models';
import { toSummary } from '@server/case/views';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { viewEach } from '@server/views/view-each';

/**
 * Bookings waiting on someone: to confirm, or waiting for the resident's answer. Admins see everyone's in
 * their scope (a town's office its town's).
 */
export const pending: Handler<typeof bookingContract.pending> = async (_input, { caller }) => {
  const statuses = command().in(['pending', 'proposed', 'needs_slot']);
  const where =
    caller.user.role === 'admin'
      ? { ...(await listScopeWhere(caller.user)), 'booking.status': statuses }
      : { mediatorId: (await mediatorFor(caller.user))._id, 'booking.status': statuses };
  const docs = await findMany<CaseDoc>(Collections.cases, where, {
    orderBy: [['updatedAt', 'desc']],
    limit: 100,
  });
  const actor = caller.user.role === 'admin' ? 'admin' : 'mediator';
  return {
    items: viewEach(
      'booking.pending',
      docs.filter((c) => c.state === 'submitted' || c.state === 'accepted'),
      ZCaseSummary,
      (c) => toSummary(c, actor),
    ),
  };
};
