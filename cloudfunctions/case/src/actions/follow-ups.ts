import { ZFollowUp } from '@contracts/case/models';
import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { mediatorFor } from '@server/booking/availability';
import { withEntry } from '@server/case/lifecycle';
import type { FollowUpDoc } from '@server/case/models';
import { updateCase } from '@server/case/store';
import { toFollowUp } from '@server/case/views';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { db, findMany, getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { holdText, publicText } from '@server/moderation/hold';
import { screenTexts } from '@server/moderation/screen';
import { viewEach } from '@server/views/view-each';

const honouredLabels = { yes: '已履行', partly: '部分履行', no: '未履行' } as const;

/** Follow-up visits still to make, the most urgent first; the workbench prompts those already due. */
export const followUps: Handler<typeof caseContract.followUps> = async (_input, { caller, now }) => {
  const admin = caller.user.role === 'admin';
  const where = admin
    ? { status: 'pending' }
    : { mediatorId: (await mediatorFor(caller.user))._id, status: 'pending' };
  const docs = await findMany<FollowUpDoc>(Collections.followUps, where, {
    orderBy: [['dueAt', 'asc']],
    limit: 100,
  });
  return { items: viewEach('case.followUps', docs, ZFollowUp, (f) => toFollowUp(f, now)) };
};

/** Records whether the agreement is honoured; the visit is written once and noted on the case's timeline. */
export const recordFollowUp: Handler<typeof caseContract.recordFollowUp> = async (input, { caller, now }) => {
  const f = await getById<FollowUpDoc>(Collections.followUps, input.followUpId);
  if (!f) throw new AppError('NOT_FOUND', '找不到这次回访');
  if (caller.user.role !== 'admin' && (await mediatorFor(caller.user))._id !== f.mediatorId) {
    throw new AppError('FORBIDDEN', '只能记录自己案件的回访');
  }
  const fields = [{ key: 'note', label: '回访记录', text: input.note }];
  const held = (await screenTexts(caller.openid, TextScene.comment, fields)).has('note');
  const note = publicText(input.note, held);
  const done = (await db()
    .collection(Collections.followUps)
    .where({ _id: f._id, status: 'pending' })
    .update({
      data: { status: 'done', honoured: input.honoured, note, doneAt: now },
    })) as unknown as {
    stats: { updated: number };
  };
  if (done.stats.updated !== 1) throw new AppError('CONFLICT', '这次回访已经记录过了');
  const actor = caller.user.role === 'admin' ? 'admin' : 'mediator';
  const text = `第${f.days}天回访：协议${honouredLabels[input.honoured]}${note ? `，${note}` : ''}`;
  const c = await updateCase(
    f.caseId,
    async (c) => withEntry(c, 'follow_up', actor, now, text),
    caller.user,
    now,
  );
  if (held) {
    const writer = { id: caller.user._id, openid: caller.openid, name: caller.user.nickname };
    const context = `案件 ${c.caseNumber} · 第${f.days}天回访`;
    const hold = {
      kind: 'follow_up',
      targetId: f._id,
      field: 'note',
      fieldLabel: '回访记录',
      value: input.note,
      context,
    } as const;
    await holdText(writer, hold, now);
  }
  // The writer reads back their own words, held or not.
  return toFollowUp({ ...f, status: 'done', honoured: input.honoured, note: input.note, doneAt: now }, now);
};
