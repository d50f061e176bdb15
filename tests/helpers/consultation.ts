import { randomBytes } from 'node:crypto';
import type { DisputeType } from '@contracts/models';
import { type AppCloud, dataOf } from './app-cloud';
import { sdk } from './devcloud';

export interface TestMediator {
  openid: string;
  userId: string;
  mediatorId: string;
}

/** A mediator user with a profile, straight in the database. */
export async function createMediator(
  app: AppCloud,
  fields: { specialties?: DisputeType[]; capacity?: number; online?: boolean; name?: string } = {},
): Promise<TestMediator> {
  const user = await app.createUser('mediator');
  const res = await sdk(
    app.db.collection('mediators').add({
      data: {
        userId: user.id,
        openid: user.openid,
        name: fields.name ?? '测试调解员',
        specialties: fields.specialties ?? ['邻里'],
        areas: ['东山村'],
        online: fields.online ?? true,
        capacity: fields.capacity ?? 5,
        active: true,
        createdAt: Date.now(),
      },
    }),
  );
  return { openid: user.openid, userId: user.id, mediatorId: (res as { _id: string })._id };
}

export const key = () => randomBytes(6).toString('hex');

export interface StartedConsultation {
  id: string;
  status: string;
  createdAt: number;
  mediator: { id: string; name: string } | null;
}

/** Starts a consultation as a resident and answers it, failing the test on a refusal. */
export async function startConsultation(
  app: AppCloud,
  openid: string,
  payload: Record<string, unknown> = {},
): Promise<StartedConsultation> {
  return dataOf<StartedConsultation>(
    await app.call(openid, 'consultation', 'start', {
      disputeType: '邻里',
      description: '隔壁的排水沟堵了，水流到我家院子里',
      clientKey: key(),
      ...payload,
    }),
  );
}

/** Polls until `check` holds, for effects that arrive later (image verdicts). */
export async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stored fields of a document, for assertions the API deliberately hides. */
export async function stored(
  app: AppCloud,
  collection: string,
  id: string,
): Promise<Record<string, unknown>> {
  const res = await sdk(app.db.collection(collection).doc(id).get());
  return (res as { data: Record<string, unknown> }).data;
}
