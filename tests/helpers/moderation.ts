import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeldItem } from '@contracts/moderation';
import { type AppCloud, dataOf } from './app-cloud';
import { sdk } from './devcloud';

/** The held item whose text contains `words`, as the admin's screen lists it. */
export async function heldItemWith(app: AppCloud, adminOpenid: string, words: string): Promise<HeldItem> {
  const page = dataOf<{ items: HeldItem[] }>(
    await app.call(adminOpenid, 'moderation', 'list', { status: 'held', limit: 100 }),
  );
  const item = page.items.find((i) => i.text.includes(words));
  if (!item) throw new Error(`no held item with ${words}`);
  return item;
}

/** Approves or rejects the held item with these words. */
export async function decideHeldWith(app: AppCloud, adminOpenid: string, words: string, approve: boolean) {
  const item = await heldItemWith(app, adminOpenid, words);
  return dataOf<HeldItem>(await app.call(adminOpenid, 'moderation', 'decide', { id: item.id, approve }));
}

/** Collections a client may read (realtime watch, WeChat's client database): read rule other than false. */
export function clientReadableCollections(): string[] {
  const file = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'database', 'collections.json'), 'utf8'),
  ) as {
    collections: Record<string, { rules: { read: unknown } }>;
  };
  return Object.entries(file.collections)
    .filter(([, c]) => c.rules.read !== false)
    .map(([name]) => name);
}

/**
 * Whether `words` appear in any document of any client-readable collection: whatever the read rule and
 * the watch, a text that is in none of them cannot reach a client that way.
 */
export async function inClientReadable(app: AppCloud, words: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of clientReadableCollections()) {
    const res = (await sdk(app.db.collection(name).limit(1000).get())) as { data: unknown[] };
    for (const doc of res.data) if (JSON.stringify(doc).includes(words)) found.push(name);
  }
  return found;
}
