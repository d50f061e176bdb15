import { defaultAvailability, loadAvailability } from '../booking/availability';
import { hoursText, nextWorkingStart } from '../booking/hours';
import { Collections } from '../collections';
import { command, count } from '../db';
import type { MediatorDoc } from '../models';
import type { ConsultationDoc } from './models';
import type { ChatTimes } from './views';

/**
 * What the chat tells a resident at night or in the queue: the mediator's hours (from the availability the
 * booking slots use), when a reply can be expected outside them (unless the mediator is online anyway),
 * and how many wait ahead. A consultation nobody has taken yet follows the office hours.
 */
export async function chatTimes(
  c: ConsultationDoc,
  mediator: MediatorDoc | null,
  now: number,
): Promise<ChatTimes> {
  if (c.status === 'closed') return {};
  const availability = mediator ? await loadAvailability(mediator._id) : defaultAvailability;
  const opens = nextWorkingStart(availability, now);
  // A mediator who switched themselves online answers now, whatever the hours; otherwise at the next start.
  const later = opens !== undefined && opens > now && mediator?.online !== true;
  const times: ChatTimes = { hours: hoursText(availability), replyFrom: later ? opens : undefined };
  if (c.status !== 'waiting') return times;
  const sameQueue = c.requestedMediatorId
    ? { requestedMediatorId: c.requestedMediatorId }
    : { requestedMediatorId: '', disputeType: c.disputeType };
  const ahead = await count(Collections.consultations, {
    status: 'waiting',
    ...sameQueue,
    createdAt: command().lt(c.createdAt),
  });
  return { ...times, queueAhead: ahead };
}
