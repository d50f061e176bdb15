import { randomBytes } from 'node:crypto';
import type { ParsedInputOf } from '@contracts/contract';
import type { grideventContract } from '@contracts/functions/gridevent';
import { AppError } from '@server/app-error';
import { toGcj02 } from '@server/areas/geometry';
import { locate } from '@server/areas/locate';
import { TextScene } from '@server/content-security';
import { nextSequence } from '@server/counters';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import type { GridEventDoc } from '@server/grid/models';
import { partiesOf } from '@server/grid/parties';
import { startGridPhotoChecks } from '@server/grid/photo-check';
import { gridSettings } from '@server/grid/settings';
import { toDetail } from '@server/grid/views';
import { applyStep } from '@server/grid/workflow';
import { once } from '@server/idempotency';
import type { UserDoc } from '@server/models';
import { screenTexts } from '@server/moderation/screen';
import { enforceRateLimit } from '@server/rate-limit';

/** A report may come from a phone whose clock runs a little ahead, never from the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A grid worker (or a resident) reports what they found. The point is turned into GCJ-02 and placed in
 * its grid; photos must be the reporter's own uploads. A retried report (same clientKey), also one sent
 * again after being kept offline, answers the first one.
 */
export const report: Handler<typeof grideventContract.report> = (input, { caller, now, deadline }) =>
  once(
    { action: 'gridevent.report', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => reportNew(input, caller.user, now),
  );

async function reportNew(input: ParsedInputOf<typeof grideventContract.report>, user: UserDoc, now: number) {
  if (user.role === 'grid_worker' && input.photos.length === 0) {
    throw new AppError('BAD_REQUEST', '请先拍一张现场照片', { photos: '请先拍一张现场照片' });
  }
  if (input.clientAt > now + CLOCK_SKEW_MS) {
    throw new AppError('BAD_REQUEST', '上报时间不对，请检查手机时间', { clientAt: '上报时间不对' });
  }
  const point = toGcj02(input.point, input.coordinate);
  const path = await locate(point);
  const place = path[path.length - 1];
  if (!place)
    throw new AppError('BAD_REQUEST', '这个位置不在本县范围内', { point: '这个位置不在本县范围内' });
  await checkOwnUploads(
    user._id,
    'grid-event',
    input.photos.map((fileID, i) => ({ fileID, field: `photos.${i}` })),
  );
  await enforceRateLimit(user.openid, 'gridevent.report', { max: 30, windowMs: 3_600_000 }, now);
  // Only staff read an event, so text under review is kept as written; risky text is refused.
  await screenTexts(user.openid, TextScene.comment, [
    { key: 'description', label: '情况说明', text: input.description },
    ...input.people.map((p, i) => ({ key: `people.${i}.name`, label: '涉及人员', text: p.name })),
    ...input.people.map((p, i) => ({ key: `people.${i}.note`, label: '人员说明', text: p.note })),
  ]);
  const photoChecks = await startGridPhotoChecks(user.openid, input.photos);
  const year = new Date(now + 8 * 3_600_000).getUTCFullYear();
  const sequence = await nextSequence(`gridevent:${year}`);
  const doc: GridEventDoc = {
    _id: randomBytes(16).toString('hex'),
    number: `SJ-${year}-${String(sequence).padStart(6, '0')}`,
    reporterId: user._id,
    reporterRole: user.role,
    reporterName: user.nickname,
    type: input.type,
    ...(input.subtype ? { subtype: input.subtype } : {}),
    description: input.description,
    point,
    area: place.ref,
    placeName: place.fullName,
    urgency: input.urgency,
    ...(input.people.length ? { people: input.people } : {}),
    photoFileIds: input.photos,
    photoChecks,
    state: 'reported',
    cards: {},
    clientAt: input.clientAt,
    late: now - input.clientAt > gridSettings.lateAfterMinutes * 60_000,
    timeline: [],
    createdAt: now,
    updatedAt: now,
  };
  const created = await applyStep({
    eventId: doc._id,
    create: doc,
    step: 'report',
    actor: user,
    now,
    photoFileIds: input.photos,
    ...(doc.late ? { note: '离线保存后补报' } : {}),
  });
  return toDetail(created, await partiesOf(created, user), now, new Map());
}
