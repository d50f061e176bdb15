import { z } from 'zod';
import { ZDisputeType, ZId } from '../models';

/** A mediator as the console manages them: the roster card plus capacity, load and ratings. */
export const ZMediatorAdminView = z.object({
  id: ZId,
  userId: ZId,
  name: z.string(),
  title: z.string().optional(),
  specialties: z.array(ZDisputeType),
  areas: z.array(z.string()),
  /** Working hours in words, set on the availability page. */
  hours: z.string(),
  capacity: z.number().int(),
  online: z.boolean(),
  active: z.boolean(),
  /** Consultations they are handling now. */
  openConsultations: z.number().int(),
  /** Average of residents' 1-5 ratings, absent before the first rating. */
  ratingAverage: z.number().optional(),
  ratingCount: z.number().int(),
});
export type MediatorAdminView = z.infer<typeof ZMediatorAdminView>;
