import type { MediatorCard } from '@contracts/models';
import type { MediatorDoc } from '../models';

/** A mediator as residents see them: no openid, no capacity, no contact data. */
export function toMediatorCard(m: MediatorDoc): MediatorCard {
  return {
    id: m._id,
    name: m.name,
    photoUrl: m.photoUrl,
    title: m.title,
    specialties: m.specialties,
    areas: m.areas,
    online: m.online,
    hours: m.hours,
  };
}
