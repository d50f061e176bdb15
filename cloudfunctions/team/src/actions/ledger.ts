import type { teamContract } from '@contracts/functions/team';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { db } from '@server/db';
import type { Handler } from '@server/define-function';
import { screenTexts } from '@server/moderation/screen';
import { memberFor, membershipOf } from '@server/team/access';
import { assertMonthOpen } from '@server/team/frozen';
import { memberLedger } from '@server/team/member-ledger';
import { workLog as buildWorkLog, logNoteId } from '@server/team/work-log';

/** A member's "four at least" this period (or the one asked): their own, or, for an admin, one in scope. */
export const ledger: Handler<typeof teamContract.ledger> = async (input, { caller, now }) =>
  memberLedger(await memberFor(caller.user, input.memberId), input.period, now);

/** A member's work log of a month, day by day. */
export const workLog: Handler<typeof teamContract.workLog> = async (input, { caller }) =>
  buildWorkLog(await memberFor(caller.user, input.memberId), input.month);

/**
 * The member's note on one day of their log; an empty text removes it. Refused once the bureau has
 * closed the month for any village the member serves: the log it filed is the one that stays.
 */
export const saveNote: Handler<typeof teamContract.saveNote> = async (input, { caller, now }) => {
  const member = await membershipOf(caller.user._id);
  if (!member) throw new AppError('NOT_FOUND', '您还没有被任命到村（社区）法律服务团队，请联系司法所');
  const month = input.day.slice(0, 7);
  for (const villageId of member.villageIds) await assertMonthOpen(villageId, month);
  const id = logNoteId(member.userId, input.day);
  if (!input.text) {
    await db().collection(Collections.teamLogNotes).where({ _id: id }).remove();
    return { day: input.day };
  }
  await screenTexts(caller.openid, TextScene.social, [{ key: 'text', label: '工作日志', text: input.text }]);
  await db()
    .collection(Collections.teamLogNotes)
    .doc(id)
    .set({
      data: { memberId: member.userId, day: input.day, month, text: input.text, updatedAt: now },
    });
  return { day: input.day, note: input.text };
};
