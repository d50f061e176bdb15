import { Collections } from '../collections';
import { command, findMany, getById, updateById } from '../db';
import { publishMessage, touchConsultation } from './feed';
import type { ConsultationDoc, MessageDoc } from './models';

/** A message stored before the feeds: its readers were a `visibleTo` list of openids. */
type LegacyMessage = Omit<MessageDoc, 'residentOpenid' | 'mediatorOpenid'> & { visibleTo: string[] };

const BATCH = 100;

/**
 * Brings documents stored before the client-readable feeds into the current shape: each message's `visibleTo`
 * becomes its reader fields (and is removed) and gets its message_feed projection; each consultation without a
 * consultation_feed signal gets one. Idempotent, so it runs at every `npm start` on the local data, and can be
 * run against any environment the SDK points at (scripts/migrate-feeds.ts). Answers what it changed.
 */
export async function migrateToFeeds(now = Date.now()): Promise<{ messages: number; consultations: number }> {
  const _ = command();
  let messages = 0;
  for (;;) {
    const batch = await findMany<LegacyMessage>(
      Collections.messages,
      { visibleTo: _.exists(true) },
      { limit: BATCH },
    );
    if (batch.length === 0) break;
    for (const { visibleTo, ...m } of batch) {
      const c = await getById<ConsultationDoc>(Collections.consultations, m.consultationId);
      const reads = (openid: string | undefined) => (openid && visibleTo.includes(openid) ? openid : '');
      const readers = { residentOpenid: reads(c?.residentOpenid), mediatorOpenid: reads(c?.mediatorOpenid) };
      await updateById(Collections.messages, m._id, { ...readers, visibleTo: _.remove() });
      await publishMessage({ ...m, ...readers });
      messages += 1;
    }
  }
  let consultations = 0;
  for (let skip = 0; ; skip += BATCH) {
    const page = await findMany<ConsultationDoc>(
      Collections.consultations,
      {},
      { orderBy: [['_id', 'asc']], skip, limit: BATCH },
    );
    if (page.length === 0) break;
    const signalled = await findMany<{ _id: string }>(
      Collections.consultationFeed,
      { _id: _.in(page.map((c) => c._id)) },
      { limit: BATCH },
    );
    const have = new Set(signalled.map((d) => d._id));
    for (const c of page) {
      if (have.has(c._id)) continue;
      await touchConsultation(c, c.updatedAt ?? now);
      consultations += 1;
    }
  }
  return { messages, consultations };
}
