import { AppError } from '../app-error';
import { Collections } from '../collections';
import { db, getById } from '../db';
import type { UserDoc } from '../models';
import type { LegalAidApplicationDoc } from './models';

/**
 * The caller's own application. Someone else's is answered NOT_FOUND, the same as a missing one, so a
 * guessed id tells nothing about whether an application exists.
 */
export async function loadOwnApplication(user: UserDoc, id: string): Promise<LegalAidApplicationDoc> {
  const doc = await getById<LegalAidApplicationDoc>(Collections.legalAidApplications, id);
  if (!doc || doc.applicantId !== user._id) throw new AppError('NOT_FOUND', '找不到这份申请');
  return doc;
}

export async function loadApplication(id: string): Promise<LegalAidApplicationDoc> {
  const doc = await getById<LegalAidApplicationDoc>(Collections.legalAidApplications, id);
  if (!doc) throw new AppError('NOT_FOUND', '找不到这份申请');
  return doc;
}

/** Deletes the caller's draft once it became an application; a missing draft is fine. */
export async function removeDraft(userId: string): Promise<void> {
  await db().collection(Collections.legalAidDrafts).where({ _id: userId }).remove();
}
