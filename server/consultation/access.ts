import type { Side } from '@contracts/consultation';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { getById } from '../db';
import type { MediatorDoc, UserDoc } from '../models';
import type { ConsultationDoc, NoteDoc } from './models';

/**
 * Loads a consultation the caller takes part in, answering their side. The mediator side needs the mediator
 * role now, checked on every call: an assignment left behind by a demotion gives no access. Admins see it
 * as the mediator would; anyone else gets NOT_FOUND, the same answer as for a missing id, so ids cannot be
 * probed.
 */
export async function loadOwn(
  id: string,
  user: UserDoc,
  options: { allowAdmin?: boolean } = {},
): Promise<{ consultation: ConsultationDoc; side: Side }> {
  const c = await getById<ConsultationDoc>(Collections.consultations, id);
  if (c && c.residentOpenid === user.openid) return { consultation: c, side: 'resident' };
  if (c && c.mediatorOpenid === user.openid && user.role === 'mediator') {
    return { consultation: c, side: 'mediator' };
  }
  if (c && user.role === 'admin' && options.allowAdmin !== false)
    return { consultation: c, side: 'mediator' };
  throw new AppError('NOT_FOUND', '找不到这次咨询');
}

export function loadMediator(id: string): Promise<MediatorDoc | null> {
  return id ? getById<MediatorDoc>(Collections.mediators, id) : Promise.resolve(null);
}

export async function loadNote(consultationId: string): Promise<string | undefined> {
  const doc = await getById<NoteDoc>(Collections.consultationNotes, consultationId);
  return doc?.note || undefined;
}

/** The other participant's openid ('' while no mediator is assigned). */
export function otherOpenid(c: ConsultationDoc, side: Side): string {
  return side === 'resident' ? c.mediatorOpenid : c.residentOpenid;
}
