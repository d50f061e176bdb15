import type { grideventContract } from '@contracts/functions/gridevent';
import type { Handler } from '@server/define-function';
import { partiesOf } from '@server/grid/parties';
import { eventToCase } from '@server/grid/to-case';
import { unitNamesOf } from '@server/grid/units';
import { toDetail } from '@server/grid/views';
import { once } from '@server/idempotency';

/** One tap from a dispute to a mediation case; a repeated tap (same clientKey) answers the first case. */
export const toCase: Handler<typeof grideventContract.toCase> = (input, { caller, now, deadline }) =>
  once(
    { action: 'gridevent.toCase', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    async () => {
      const { event, caseDoc } = await eventToCase(input.eventId, input, caller.user, now);
      return {
        caseId: caseDoc._id,
        caseNumber: caseDoc.caseNumber,
        event: await toDetail(event, await partiesOf(event, caller.user), now, await unitNamesOf([event])),
      };
    },
  );
