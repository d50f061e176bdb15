import { z } from 'zod';
import { type SubscribePurpose, subscribeTemplates } from './templates';

const purposes = Object.keys(subscribeTemplates) as [SubscribePurpose, ...SubscribePurpose[]];

/** A subscribe message purpose; the client maps it to its template id with `subscribeTemplates`. */
export const ZSubscribePurpose = z.enum(purposes);
