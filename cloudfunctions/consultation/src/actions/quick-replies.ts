import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import type { QuickReplyDoc } from '@server/consultation/models';
import { checkText, TextScene } from '@server/content-security';
import { command, count, db, findMany, findOne, getById, insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import type { MediatorDoc } from '@server/models';

const MAX_REPLIES = 20;

/** How many replies a mediator has: taken by every save, given back by every delete. */
const seatsIdOf = (mediatorId: string) => `quick-replies:${mediatorId}`;

/** What a new mediator starts with, so the bar is useful before they write their own. */
const defaults = [
  '您好，我是调解员，您的情况我看到了，请稍等，我马上回复您。',
  '请问事情是什么时候发生的？对方是谁？',
  '方便的话，请拍一张相关的照片或材料发给我。',
  '这个情况建议当面调解，您看哪天方便来村调解室？',
];

async function myProfile(openid: string): Promise<MediatorDoc> {
  const me = await findOne<MediatorDoc>(Collections.mediators, { openid });
  if (!me) throw new AppError('NOT_FOUND', '还没有您的调解员档案，请联系管理员');
  return me;
}

export const quickReplies: Handler<typeof consultationContract.quickReplies> = async (_input, { caller }) => {
  const me = await myProfile(caller.openid);
  const mine = await findMany<QuickReplyDoc>(
    Collections.quickReplies,
    { mediatorId: me._id },
    { orderBy: [['createdAt', 'asc']], limit: MAX_REPLIES },
  );
  if (mine.length > 0) return { items: mine.map((r) => ({ id: r._id, text: r.text })) };
  return { items: defaults.map((text, i) => ({ id: `default-${i}`, text })) };
};

/**
 * Quick replies are sent to residents later, so they pass content security when written. The limit is
 * kept by a seat count taken with one conditional increment (`value < 20`), atomic in the database, so
 * concurrent saves can never pass it and never wait on each other; a double tap with one key stores once.
 */
export const saveQuickReply: Handler<typeof consultationContract.saveQuickReply> = (
  input,
  { caller, now, deadline },
) =>
  once(
    { action: 'consultation.saveQuickReply', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => saveReply(input.id, input.text, caller.openid, now),
  );

async function saveReply(id: string | undefined, text: string, openid: string, now: number) {
  const me = await myProfile(openid);
  if ((await checkText(openid, text, TextScene.social)) === 'review')
    throw new AppError('CONTENT_REVIEW', '这条常用语需要人工审核，请换个说法', { text: '请换个说法' });
  if (id) {
    const existing = await getById<QuickReplyDoc>(Collections.quickReplies, id);
    if (!existing || existing.mediatorId !== me._id) throw new AppError('NOT_FOUND', '找不到这条常用语');
    await updateById(Collections.quickReplies, existing._id, { text });
    return { id: existing._id, text };
  }
  if (!(await takeSeat(me._id))) throw new AppError('CONFLICT', `常用语最多${MAX_REPLIES}条，请先删掉不用的`);
  try {
    const newId = await insert(Collections.quickReplies, { mediatorId: me._id, text, createdAt: now });
    return { id: newId, text };
  } catch (error) {
    await giveSeatBack(me._id);
    throw error;
  }
}

/** Takes one of the mediator's seats; the count starts from the replies stored before seats existed. */
async function takeSeat(mediatorId: string): Promise<boolean> {
  const id = seatsIdOf(mediatorId);
  const take = () =>
    db()
      .collection(Collections.counters)
      .where({ _id: id, value: command().lt(MAX_REPLIES) })
      .update({ data: { value: command().inc(1) } }) as unknown as Promise<{ stats: { updated: number } }>;
  if ((await take()).stats.updated === 1) return true;
  if (await getById(Collections.counters, id)) return false;
  const value = await count(Collections.quickReplies, { mediatorId });
  // Concurrent first saves: one creates the count, the others find it and take a seat from it.
  await insert(Collections.counters, { _id: id, value }).catch(() => undefined);
  return (await take()).stats.updated === 1;
}

async function giveSeatBack(mediatorId: string): Promise<void> {
  await db()
    .collection(Collections.counters)
    .where({ _id: seatsIdOf(mediatorId), value: command().gt(0) })
    .update({ data: { value: command().inc(-1) } });
}

export const deleteQuickReply: Handler<typeof consultationContract.deleteQuickReply> = async (
  input,
  { caller },
) => {
  const me = await myProfile(caller.openid);
  const existing = await getById<QuickReplyDoc>(Collections.quickReplies, input.id);
  if (!existing || existing.mediatorId !== me._id) throw new AppError('NOT_FOUND', '找不到这条常用语');
  const res = (await db()
    .collection(Collections.quickReplies)
    .where({ _id: existing._id })
    .remove()) as unknown as { stats: { removed: number } };
  // Only the delete that removed it gives its seat back (a double tap deletes once).
  if (res.stats.removed === 1) await giveSeatBack(me._id);
  return { deleted: true };
};
