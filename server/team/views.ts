import type { StampView, Visit, VisitRecord } from '@contracts/team/models';
import { getArea } from '../areas/store';
import { tempUrlsOf } from '../files';
import type { Stamp, VisitDoc, VisitRecordDoc } from './models';

const URL_MAX_AGE_S = 3600;

/** The photo of a stamp the viewer may see: the member sees their own while it is checked, never a refused one. */
function photoOf(s: Stamp): string | undefined {
  return s.photoFileId && s.photoCheck !== 'refused' ? s.photoFileId : undefined;
}

function stampView(s: Stamp, urls: Map<string, string>): StampView {
  const photo = photoOf(s);
  const photoUrl = photo ? urls.get(photo) : undefined;
  return {
    at: s.at,
    clientAt: s.clientAt,
    point: s.point,
    accuracy: s.accuracy,
    samples: s.samples,
    spreadM: s.spreadM,
    ...(photoUrl ? { photoUrl } : {}),
    risk: s.risk,
    late: s.late,
  };
}

/** Visits as their member sees them: names for ids, temporary URLs for photos. */
export async function visitViews(docs: VisitDoc[], memberName: string): Promise<Visit[]> {
  const photos = docs.flatMap((v) => [v.checkIn, v.checkOut].map((s) => (s ? photoOf(s) : undefined)));
  const urls = await tempUrlsOf(
    photos.filter((p): p is string => p !== undefined),
    URL_MAX_AGE_S,
  );
  const names = new Map<string, string>();
  for (const id of new Set(docs.map((v) => v.villageId))) names.set(id, (await getArea(id))?.name ?? '');
  return docs.map((v) => ({
    id: v._id,
    memberId: v.memberId,
    memberName,
    memberRole: v.memberRole,
    villageId: v.villageId,
    villageName: names.get(v.villageId) ?? '',
    area: v.area,
    status: v.status,
    checkIn: stampView(v.checkIn, urls),
    ...(v.checkOut ? { checkOut: stampView(v.checkOut, urls) } : {}),
    ...(v.closedBy ? { closedBy: v.closedBy } : {}),
    period: v.period,
    createdAt: v.createdAt,
  }));
}

export async function visitView(doc: VisitDoc, memberName: string): Promise<Visit> {
  const [view] = await visitViews([doc], memberName);
  return view;
}

/** A record's photos that did not fail their content check. */
function shownPhotos(r: VisitRecordDoc): string[] {
  const refused = new Set((r.photoChecks ?? []).filter((c) => c.status === 'refused').map((c) => c.fileId));
  return r.photoFileIds.filter((f) => !refused.has(f));
}

export async function recordViews(docs: VisitRecordDoc[]): Promise<VisitRecord[]> {
  const urls = await tempUrlsOf(docs.flatMap(shownPhotos), URL_MAX_AGE_S);
  return docs.map((r) => ({
    id: r._id,
    ...(r.visitId ? { visitId: r.visitId } : {}),
    memberId: r.memberId,
    villageId: r.villageId,
    kind: r.kind,
    at: r.at,
    topic: r.topic,
    ...(r.attendance !== undefined ? { attendance: r.attendance } : {}),
    ...(r.note ? { note: r.note } : {}),
    photoUrls: shownPhotos(r).flatMap((f) => urls.get(f) ?? []),
    ...(r.linked ? { linked: r.linked } : {}),
    ...(r.dispute ? { dispute: r.dispute } : {}),
    source: r.source,
    period: r.period,
    createdAt: r.createdAt,
  }));
}
