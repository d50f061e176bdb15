import { AppError } from '../app-error';
import { applicationSubject, recordAudit } from '../audit';
import { Collections } from '../collections';
import { ownApplicationMessage } from '../conflicts';
import { command, db, getById } from '../db';
import type { UserDoc } from '../models';
import type { LegalAidApplicationDoc } from './models';

/**
 * Makes the officer the application's reviewer, or confirms they already are. One officer reviews an
 * application, so the unmasked data is seen by the applicant and that officer only. The claim is a
 * conditional update: two officers opening it at once cannot both become the reviewer. Nobody reviews their
 * own application (server/conflicts.ts): a colleague does.
 */
export async function claimForReview(
  doc: LegalAidApplicationDoc,
  officer: UserDoc,
): Promise<LegalAidApplicationDoc> {
  if (doc.applicantId === officer._id) throw new AppError('FORBIDDEN', ownApplicationMessage);
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

/**
 * An officer who leaves the role gives up the applications still waiting on their review, so a colleague
 * can claim them; decided ones keep their reviewer for the record.
 */
export async function releaseReviews(officerId: string): Promise<void> {
  const _ = command();
  await db()
    .collection(Collections.legalAidApplications)
    .where({ reviewerId: officerId, status: _.in(['submitted', 'need_material']) })
    .update({ data: { reviewerId: _.remove() } });
}
