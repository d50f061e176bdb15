import type { TimelineEntry } from '@contracts/legal-aid/status';
import { heldTexts } from '@contracts/moderation';
import { applicationSubject } from '../audit';
import { Collections } from '../collections';
import { TextScene } from '../content-security';
import { command, getById, updateById } from '../db';
import type { UserDoc } from '../models';
import { holdText, publicText } from '../moderation/hold';
import { heldOf } from '../moderation/overlay';
import { screenTexts } from '../moderation/screen';
import type { LegalAidApplicationDoc } from './models';

/**
 * A note on an application's timeline that the other side reads (an officer's reason, an applicant's note
 * with new material), screened like every such text: risky refused, review held. A held note is stored as
 * the placeholder; the timeline entry is found again by its time when an admin decides.
 */
export async function screenNote(openid: string, label: string, text: string | undefined) {
  const held = (await screenTexts(openid, TextScene.comment, [{ key: 'note', label, text }])).has('note');
  return {
    note: text ? publicText(text, held) : undefined,
    holdIn: async (doc: LegalAidApplicationDoc, writer: UserDoc, at: number) => {
      if (!held || !text) return;
      const who = { id: writer._id, openid: writer.openid, name: writer.nickname };
      const hold = {
        kind: 'legal_aid',
        targetId: doc._id,
        field: `timeline@${at}`,
        fieldLabel: label,
        value: text,
        context: applicationSubject(doc),
      } as const;
      await holdText(who, hold, at);
    },
  };
}

function withNote(timeline: TimelineEntry[], at: number, note: string): TimelineEntry[] {
  return timeline.map((e) => (e.at === at && e.note === heldTexts.pending ? { ...e, note } : e));
}

/** An admin's decision on a held note: its words (approved) or the rejected placeholder go into the entry. */
export async function decideNote(applicationId: string, at: number, note: string): Promise<void> {
  const doc = await getById<LegalAidApplicationDoc>(Collections.legalAidApplications, applicationId);
  if (!doc) return;
  await updateById(Collections.legalAidApplications, doc._id, {
    timeline: command().set(withNote(doc.timeline, at, note)),
  });
}

/** The application as one viewer sees it: their own held or rejected notes in their words. */
export async function asWriterSeesApplication(
  doc: LegalAidApplicationDoc,
  viewerOpenid: string,
): Promise<LegalAidApplicationDoc> {
  if (!JSON.stringify(doc.timeline).includes('（这段内容')) return doc;
  const items = await heldOf([doc._id], viewerOpenid);
  let timeline = doc.timeline;
  for (const item of items) {
    const at = Number(item.field.split('@')[1]);
    timeline = timeline.map((e) =>
      e.at === at && (e.note === heldTexts.pending || e.note === heldTexts.rejected)
        ? { ...e, note: item.text }
        : e,
    );
  }
  return { ...doc, timeline };
}
