import type { DisputeType } from '@contracts/models';
import { callCloud } from './cloud';

/** The mediator roster as residents see it, and a mediator's own card. */
export const mediatorApi = {
  list: (input: { disputeType?: DisputeType; area?: string }) => callCloud('mediator', 'list', input),
  mine: () => callCloud('mediator', 'mine', {}),
};
