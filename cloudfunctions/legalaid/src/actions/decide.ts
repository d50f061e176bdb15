import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { LegalAidStatus, TimelineEntry } from '@contracts/legal-aid/status';
import { AppError } from '@server/app-error';
import { applicationSubject, recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, db } from '@server/db';
import type { Handler } from '@server/define-function';
import { asWriterSeesApplication, screenNote } from '@server/legal-aid/held-notes';
import type { LegalAidApplicationDoc } from '@server/legal-aid/models';
import { claimForReview } from '@server/legal-aid/review';
import { loadApplication } from '@server/legal-aid/store';
import { toDetail } from '@server/legal-aid/views';
import { notify, thing, timeField } from '@server/notify';

const outcomes = {
  accept: { status: 'accepted', phrase: '准予援助', note: '已准予法律援助，工作人员会联系您' },
  refuse: { status: 'refused', phrase: '不予援助', note: '' },
  request_material: { status: 'need_material', phrase: '补充材料', note: '' },
} as const satisfies Record<string, { status: LegalAidStatus; phrase: string; note: string }>;

/**
 * Accept, refuse with a reason, or ask for more material. Only the reviewer decides (the first officer to
 * act becomes it); the decision goes on the timeline and the applicant gets a subscribe message when they
 * granted one. The answer is masked: deciding is not a reason to send the personal data again.
 */
export const decide: Handler<typeof legalAidContract.decide> = async (input, { caller, now }) => {
  const found = await loadApplication(input.id);
  if (found.status !== 'submitted' && found.status !== 'need_material') {
    throw new AppError('CONFLICT', '这份申请已经有决定了');
  }
  if (found.status === 'need_material' && input.decision === 'request_material') {
    throw new AppError('CONFLICT', '已经在等申请人补充材料了');
  }
  const reason = await screenNote(caller.openid, '原因', input.reason || undefined);
  const doc = await claimForReview(found, caller.user);
  const outcome = outcomes[input.decision];
  const entry: TimelineEntry = { at: now, kind: outcome.status, note: reason.note ?? outcome.note };
  const final = outcome.status === 'accepted' || outcome.status === 'refused';
  const patch = {
    status: outcome.status,
    updatedAt: now,
    timeline: command().push([entry]),
    ...(final ? { closedAt: now } : {}),
  };
  const res = (await db()
    .collection(Collections.legalAidApplications)
    .where({ _id: doc._id, status: doc.status })
    .update({ data: patch })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) throw new AppError('CONFLICT', '申请状态已变化，请刷新后再试');
  await reason.holdIn(doc, caller.user, now);
  await recordAudit(
    caller.user,
    {
      action: `legalaid.${input.decision}`,
      target: applicationSubject(doc),
      targetId: doc._id,
      before: { status: doc.status },
      after: { status: outcome.status },
    },
    now,
  );
  const updated: LegalAidApplicationDoc = {
    ...doc,
    status: outcome.status,
    updatedAt: now,
    timeline: [...doc.timeline, entry],
    ...(final ? { closedAt: now } : {}),
  };
  if (doc.applicantOpenid) {
    await notify(
      {
        touser: doc.applicantOpenid,
        purpose: 'legalAidResult',
        page: `package-legal-aid/pages/detail/index?id=${doc._id}`,
        data: {
          thing1: thing(`法律援助申请 ${doc.number}`),
          phrase2: outcome.phrase,
          thing3: thing(entry.note ?? ''),
          time4: timeField(now),
        },
      },
      now,
    );
  }
  const seen = await asWriterSeesApplication(updated, caller.openid);
  return toDetail(seen, { viewerId: caller.user._id, masked: true, attachments: [] });
};
