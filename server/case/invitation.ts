import { createHash } from 'node:crypto';
import { AppError } from '../app-error';
import type { Caller } from '../caller';
import { Collections } from '../collections';
import { findOne } from '../db';
import type { CaseDoc } from './models';

/** Only the token's hash is stored, so a database reader cannot answer for the other party. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function caseByToken(token: string): Promise<CaseDoc> {
  const c = await findOne<CaseDoc>(Collections.cases, { 'invite.tokenHash': tokenHash(token) });
  if (!c) throw new AppError('NOT_FOUND', '邀请链接无效或已被替换');
  return c;
}

/** Inside a transaction: the invitation still is this token's, else the card was replaced meanwhile. */
export function assertToken(
  c: CaseDoc,
  token: string,
): asserts c is CaseDoc & { invite: NonNullable<CaseDoc['invite']> } {
  if (!c.invite || c.invite.tokenHash !== tokenHash(token))
    throw new AppError('NOT_FOUND', '邀请链接无效或已被替换');
}

/**
 * Whether the caller is one of the case's own people (its resident or its mediator): they must not answer
 * the other party's invitation for them, or the timeline would say the other party did.
 */
export function isInsider(c: CaseDoc, caller: Caller): boolean {
  return (
    caller.openid === c.residentOpenid ||
    caller.openid === c.mediatorOpenid ||
    caller.user?._id === c.residentId
  );
}

export const insiderMessage = '这是邀请对方当事人的卡片，需由对方本人打开回复';
