import type { TUpdateMediatorInput } from '@contracts/functions/mediator-admin';
import type { DisputeType } from '@contracts/plain/models';
import { callCloud } from './cloud';

/** The mediator roster as residents see it, a mediator's own card, and the admin's management. */
export const mediatorApi = {
  list: (input: { disputeType?: DisputeType; area?: string }) => callCloud('mediator', 'list', input),
  mine: () => callCloud('mediator', 'mine', {}),
  adminList: () => callCloud('mediator', 'adminList', {}),
  update: (input: TUpdateMediatorInput) => callCloud('mediator', 'update', input),
  setActive: (id: string, active: boolean) => callCloud('mediator', 'setActive', { id, active }),
};
