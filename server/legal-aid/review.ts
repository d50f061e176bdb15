import { AppError } from '../app-error';
import { applicationSubject, recordAudit } from '../audit';
import { Collections } from '../collections';
import { command, db, getById } from '../db';
import type { UserDoc } from '../models';
import type { LegalAidApplicationDoc } from './models';

/**
 * Makes the officer the application's reviewer, or confirms they already are. One officer reviews an
 * application, so the unmasked data is seen by the applicant and that officer only. The claim is a
 * conditional update: two officers opening it at once cannot both become the reviewer.
 */
export async function claimForReview(
  doc: LegalAidApplicationDoc,
  officer: UserDoc,
): Promise<LegalAidApplicationDoc> {
  if (doc.reviewerId === officer._id) return doc;
  if (!doc.reviewerId) {
    await db()
      .collection(Collections.legalAidApplications)
      .where({ _id: doc._id, reviewerId: command().exists(false) })
      .update({ data: { reviewerId: officer._id } });
    const fresh = await getById<LegalAidApplicationDoc>(Collections.legalAidApplications, doc._id);
    if (fresh?.reviewerId === officer._id) return fresh;
  }
  throw new AppError('FORBIDDEN', '这份申请由其他工作人员审查，您只能看到脱敏信息');
}

/**
 * Records one opening of the unmasked data, in the access log and in the audit log the admin reads (the
 * consent page promises every view is recorded); written before the data is returned, so none goes
 * unlogged.
 */
export async function logAccess(doc: LegalAidApplicationDoc, officer: UserDoc, at: number): Promise<void> {
  await db()
    .collection(Collections.legalAidAccessLogs)
    .add({ data: { applicationId: doc._id, officerId: officer._id, at, purpose: 'review' } });
  await recordAudit(
    officer,
    { action: 'legalaid.view', target: applicationSubject(doc), targetId: doc._id },
    at,
  );
}
