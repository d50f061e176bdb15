import type { warningContract } from '@contracts/functions/warning';
import { type WarningStatus, warningLevelLabels, warningOutcomeLabels } from '@contracts/plain/warning';
import { AppError } from '@server/app-error';
import { inScope, scopeOf } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { db, getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import type { WarningDoc } from '@server/warnings/models';
import { toWarning } from '@server/warnings/views';

/**
 * Moves a warning from one of `from` to its next status, conditional on the status read (a lost race or a
 * double tap answers CONFLICT), and audits the step in words.
 */
async function decide(
  warningId: string,
  from: WarningStatus[],
  patch: Partial<WarningDoc>,
  audit: { action: string; after: Record<string, unknown> },
  admin: UserDoc,
  now: number,
) {
  const w = await getById<WarningDoc>(Collections.warnings, warningId);
  if (!w || !inScope(await scopeOf(admin), w.area)) throw new AppError('NOT_FOUND', '找不到这条预警');
  if (!from.includes(w.status)) throw new AppError('CONFLICT', '这条预警已经有人处理过了，请刷新');
  const res = (await db()
    .collection(Collections.warnings)
    .where({ _id: warningId, status: w.status, updatedAt: w.updatedAt })
    .update({ data: { ...patch, updatedAt: now } })) as unknown as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw new AppError('CONFLICT', '这条预警刚刚有了变化，请刷新后再试');
  await recordAudit(
    admin,
    {
      action: audit.action,
      target: `${warningLevelLabels[w.level]}：${w.subject}`,
      targetId: w._id,
      before: { status: w.status },
      after: audit.after,
    },
    now,
  );
  return toWarning({ ...w, ...patch, updatedAt: now });
}

/** Someone at the office has seen the warning: it stays in the list, marked 已知悉 with who and when. */
export const acknowledge: Handler<typeof warningContract.acknowledge> = async (input, { caller, now }) => {
  const acknowledged = { by: caller.user.nickname, at: now };
  return decide(
    input.warningId,
    ['open'],
    { status: 'acknowledged', acknowledged },
    { action: 'warning.acknowledge', after: { status: 'acknowledged' } },
    caller.user,
    now,
  );
};

/** What the office did: the warning leaves the active list until its level rises again. */
export const handle: Handler<typeof warningContract.handle> = async (input, { caller, now }) => {
  const handled = { by: caller.user.nickname, at: now, outcome: input.outcome };
  return decide(
    input.warningId,
    ['open', 'acknowledged'],
    { status: 'handled', handled },
    {
      action: 'warning.handle',
      after: { status: 'handled', warningOutcome: warningOutcomeLabels[input.outcome] },
    },
    caller.user,
    now,
  );
};
