import type { ZListHeldInput } from '@contracts/functions/moderation';
import type { z } from 'zod';
import { callCloud } from './cloud';

/** Text held for review: the admin's list and decision. */
export const moderationApi = {
  list: (input: z.input<typeof ZListHeldInput>) => callCloud('moderation', 'list', input),
  decide: (id: string, approve: boolean) => callCloud('moderation', 'decide', { id, approve }),
};
