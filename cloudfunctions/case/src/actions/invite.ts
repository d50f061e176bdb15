import { randomBytes } from 'node:crypto';
import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import {
  assertToken,
  caseByToken as byToken,
  tokenHash as hash,
  insiderMessage,
  isInsider,
} from '@server/case/invitation';
import { loadCase, withEntry } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';
import { enforceRateLimit } from '@server/rate-limit';

const invitable = ['submitted', 'accepted', 'scheduled'];

/**
 * A one-time invitation for the other party, shared as a mini-program card. Only the token's hash is
 * stored, so a database reader cannot answer for the other party; a new invitation replaces an unused one.
 */
export const invite: Handler<typeof caseContract.invite> = async (input, { caller, now }) => {
  const { actor } = await loadCase(input.caseId, caller.user);
  if (actor === 'admin') throw new AppError('FORBIDDEN');
  await enforceRateLimit(caller.openid, 'case.invite', { max: 10, windowMs: 3_600_000 }, now);
  const token = randomBytes(16).toString('hex');
  await updateCase(
    input.caseId,
    async (c) => {
      if (!invitable.includes(c.state)) throw new AppError('CONFLICT', '这个案件已经结束，不能再邀请');
      if (c.invite?.usedAt !== undefined) throw new AppError('CONFLICT', '对方已经回复过邀请了');
      return withEntry(
        { ...c, invite: { tokenHash: hash(token), createdAt: now } },
        'invite',
        actor,
        now,
        '发出邀请对方当事人的卡片',
      );
    },
    caller.user,
    now,
  );
  return { token, path: `/package-case/pages/invite/index?token=${token}` };
};

export const inviteInfo: Handler<typeof caseContract.inviteInfo> = async (input) => {
  const c = await byToken(input.token);
  return {
    caseNumber: c.caseNumber,
    disputeType: c.disputeType,
    residentName: c.residentName,
    mediatorName: c.mediatorName,
    // A set time is shown for as long as it holds, also after the card was answered and once mediated.
    startAt:
      c.booking.status === 'confirmed' || c.booking.status === 'done' || c.state === 'scheduled'
        ? c.booking.startAt
        : undefined,
    place: c.booking.place,
    used: c.invite?.usedAt !== undefined,
  };
};

/**
 * The other party answers once; a second answer with the same card is refused, and so is an answer from
 * the case's own resident or mediator. The timeline records who answered (their registered name, or that
 * they have not registered), so an answer can be traced back.
 */
export const confirmAttendance: Handler<typeof caseContract.confirmAttendance> = async (
  input,
  { caller, now },
) => {
  const found = await byToken(input.token);
  if (isInsider(found, caller)) throw new AppError('FORBIDDEN', insiderMessage);
  const answeredBy = caller.user
    ? { userId: caller.user._id, name: caller.user.nickname }
    : { name: '未注册的微信用户' };
  await updateCase(
    found._id,
    async (c) => {
      assertToken(c, input.token);
      if (isInsider(c, caller)) throw new AppError('FORBIDDEN', insiderMessage);
      if (c.invite.usedAt !== undefined) throw new AppError('CONFLICT', '这个邀请已经回复过了');
      const answer = input.attend ? '对方当事人确认参加调解' : '对方当事人表示不能参加';
      return withEntry(
        { ...c, invite: { ...c.invite, usedAt: now, attend: input.attend, answeredBy } },
        'attendance',
        'other_party',
        now,
        `${answer}（回复人：${answeredBy.name}）`,
      );
    },
    caller.user,
    now,
  );
  return { attend: input.attend };
};
