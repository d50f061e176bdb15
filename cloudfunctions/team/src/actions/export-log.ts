import type { teamContract } from '@contracts/functions/team';
import { recordAudit } from '@server/audit';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { memberFor } from '@server/team/access';
import { logDocx } from '@server/team/log-docx';
import { commentOn, memberMonthLedgers } from '@server/team/member-ledger';
import { workLog } from '@server/team/work-log';

/**
 * The month's work log and ledger as 工作日志和台账-<name>-<month>.docx, which the phone opens with
 * openDocument. A member takes their own; an admin's export of a member's record is in the audit log.
 */
export const exportLog: Handler<typeof teamContract.exportLog> = async (input, { caller, now }) => {
  const view = await memberFor(caller.user, input.memberId);
  const [log, ledgers, comment] = await Promise.all([
    workLog(view, input.month),
    memberMonthLedgers(view, input.month, now),
    commentOn(input.month, view.member.userId),
  ]);
  const name = `工作日志和台账-${view.member.name}-${input.month}`;
  const { file, cloudPath } = await storeDocument(
    'exports',
    name,
    'docx',
    await logDocx(log, ledgers, comment),
    now,
  );
  if (caller.user.role === 'admin') {
    await recordAudit(
      caller.user,
      {
        action: 'team.exportLog',
        target: `${view.member.name}的工作日志（${input.month}）`,
        targetId: cloudPath,
      },
      now,
    );
  }
  return file;
};
