import { AppError } from '../app-error';
import { Collections } from '../collections';
import { command, getById, updateById } from '../db';
import type { NoticeDoc, OfficialDocState } from '../models';
import { officialAccountConfig } from '../official-account/config';
import { followOfficial, submitToOfficial } from '../official-account/publish';

export async function loadNotice(id: string): Promise<NoticeDoc> {
  const notice = await getById<NoticeDoc>(Collections.notices, id);
  if (!notice) throw new AppError('NOT_FOUND', '找不到这条公告');
  return notice;
}

/** Stored states never hold `undefined`: the database would keep the old value of such a field. */
function clean(state: OfficialDocState): OfficialDocState {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as OfficialDocState;
}

/** Replaces the whole official state (a nested update would merge and keep a stale error). */
export async function saveOfficial(
  notice: NoticeDoc,
  state: OfficialDocState,
  now: number,
): Promise<NoticeDoc> {
  const official = clean(state);
  await updateById(Collections.notices, notice._id, { official: command().set(official), updatedAt: now });
  return { ...notice, official, updatedAt: now };
}

/** The configured official account, or a refusal the console shows (the option is hidden without one). */
export function requireOfficialAccount() {
  const config = officialAccountConfig();
  if (!config) throw new AppError('CONFLICT', '未配置公众号，不能发布到公众号');
  return config;
}

/** Sends a live notice to the official account when it was asked to go there and has not yet. */
export async function submitIfPending(notice: NoticeDoc, now: number): Promise<NoticeDoc> {
  if (notice.official?.status !== 'pending') return notice;
  const config = officialAccountConfig();
  if (!config) {
    const state: OfficialDocState = {
      ...notice.official,
      status: 'failed',
      error: '未配置公众号',
      updatedAt: now,
    };
    return saveOfficial(notice, state, now);
  }
  return saveOfficial(notice, await submitToOfficial(config, notice, now), now);
}

/** Polls a running publish job once and stores what WeChat says. */
export async function followIfPublishing(notice: NoticeDoc, now: number): Promise<NoticeDoc> {
  const config = officialAccountConfig();
  if (!config || notice.official?.status !== 'publishing') return notice;
  const next = await followOfficial(config, notice.official, now);
  return next === notice.official ? notice : saveOfficial(notice, next, now);
}
