import {
  type GridEventDetail,
  type GridEventSummary,
  gridEventStateLabels,
  gridEventTypeLabels,
  gridStepLabels,
} from '@contracts/grid/models';
import { tempUrlsOf } from '../files';
import { levelAt } from './deadline';
import type { GridEventDoc } from './models';
import { isHandler, type Party } from './parties';
import { refusedPhotos } from './photo-check';
import { allowedSteps } from './workflow';

const PHOTO_URL_AGE_S = 3600;

/** A key person's name as others see it: the family name and 某某. */
export const maskedName = (name: string) => `${[...name][0] ?? ''}某某`;

/** Whether a key person's personal data must be hidden from this viewer. */
const masks = (e: GridEventDoc, handler: boolean) => e.type === 'key_person' && !handler;

function maskedText(e: GridEventDoc, text: string): string {
  return (e.people ?? []).reduce((t, p) => t.split(p.name).join(maskedName(p.name)), text);
}

export function toSummary(
  e: GridEventDoc,
  ctx: { handler: boolean; now: number; unitNames: Map<string, string> },
): GridEventSummary {
  const level = levelAt(e, ctx.now);
  return {
    id: e._id,
    number: e.number,
    type: e.type,
    typeLabel: gridEventTypeLabels[e.type],
    ...(e.subtype ? { subtype: e.subtype } : {}),
    description: masks(e, ctx.handler) ? maskedText(e, e.description) : e.description,
    state: e.state,
    stateLabel: gridEventStateLabels[e.state],
    urgency: e.urgency,
    placeName: e.placeName ?? '',
    ...(e.unitId && ctx.unitNames.has(e.unitId) ? { unitName: ctx.unitNames.get(e.unitId) } : {}),
    ...(e.deadline && level ? { deadline: e.deadline } : {}),
    ...(level ? { deadlineLevel: level } : {}),
    cards: e.cards,
    late: e.late,
    clientAt: e.clientAt,
    createdAt: e.createdAt,
  };
}

/** The detail page: the event as this viewer may see it, its timeline and the steps open to them. */
export async function toDetail(
  e: GridEventDoc,
  parties: Set<Party>,
  now: number,
  unitNames: Map<string, string>,
): Promise<GridEventDetail> {
  const handler = isHandler(parties);
  const hidden = masks(e, handler);
  const photoIds = hidden ? [] : [...e.photoFileIds, ...e.timeline.flatMap((t) => t.photoFileIds ?? [])];
  const refused = refusedPhotos(e);
  const urls = await tempUrlsOf(
    photoIds.filter((id) => !refused.has(id)),
    PHOTO_URL_AGE_S,
  );
  const urlsOf = (ids: string[] | undefined) =>
    hidden ? [] : (ids ?? []).flatMap((id) => (urls.has(id) ? [urls.get(id) as string] : []));
  return {
    ...toSummary(e, { handler, now, unitNames }),
    point: e.point,
    reporterName: e.reporterName ?? '',
    people: (e.people ?? []).map((p) => (hidden ? { name: maskedName(p.name) } : p)),
    photoUrls: urlsOf(e.photoFileIds),
    timeline: e.timeline.map((t) => ({
      step: t.step,
      label: gridStepLabels[t.step],
      byName: t.byName,
      at: t.at,
      ...(t.note ? { note: hidden ? maskedText(e, t.note) : t.note } : {}),
      photoUrls: urlsOf(t.photoFileIds),
      ...(t.onTime !== undefined ? { onTime: t.onTime } : {}),
    })),
    ...(e.extension
      ? { extension: { reason: e.extension.reason, until: e.extension.until, status: e.extension.status } }
      : {}),
    ...(e.caseLink ? { caseLink: e.caseLink } : {}),
    allowedSteps: allowedSteps(e, parties),
  };
}
