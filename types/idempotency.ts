import { z } from 'zod';

/**
 * An idempotency key: made by the client once per user intent (one form, one tap) and sent again with every
 * retry of that intent, so a double tap or a retry after a slow network answers the first result instead of
 * doing the work twice. A new intent gets a new key.
 */
export const ZClientKey = z
  .string()
  .max(64, '请求编号格式不对')
  .regex(/^[\w-]{8,64}$/, '请求编号格式不对');
