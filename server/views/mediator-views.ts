import type { Availability } from '@contracts/booking';
import type { MediatorCard } from '@contracts/models';
import { hoursText } from '../booking/hours';
import type { MediatorDoc } from '../models';

/**
 * A mediator as residents see them: no openid, no capacity, no contact data. Their hours are said from the
 * availability the booking slots come from, so the card and the slots never disagree.
 */
export function toMediatorCard(m: MediatorDoc, availability: Availability): MediatorCard {
  return {
    id: m._id,
    name: m.name,
    photoUrl: m.photoUrl,
    title: m.title,
    specialties: m.specialties,
    areas: m.areas,
    online: m.online,
    hours: hoursText(availability),
  };
}
