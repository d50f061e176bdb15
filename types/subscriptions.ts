import { z } from 'zod';
import { type SubscribePurpose, subscribeTemplates } from './templates';

const purposes = Object.keys(subscribeTemplates) as [SubscribePurpose, ...SubscribePurpose[]];

/** A subscribe message purpose; its template id is configuration (see `subscribeTemplates`). */
export const ZSubscribePurpose = z.enum(purposes);
