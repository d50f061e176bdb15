import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ZIndex = z.strictObject({
  name: z.string().min(1),
  /** Field path to direction; order matters (compound index). */
  keys: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])),
  unique: z.boolean().optional(),
});

/** A CloudBase security rule: a boolean or an expression such as `doc._openid == auth.openid`. */
const ZRule = z.union([z.boolean(), z.string().min(1)]);

const ZCollection = z.strictObject({
  $comment: z.string().optional(),
  indexes: z.array(ZIndex),
  rules: z.strictObject({ read: ZRule, write: ZRule }),
});

const ZCollectionsFile = z.strictObject({
  $comment: z.string().optional(),
  collections: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), ZCollection),
});

export type IndexSpec = z.infer<typeof ZIndex>;
export type CollectionSpec = z.infer<typeof ZCollection>;
export type CollectionsFile = z.infer<typeof ZCollectionsFile>;

/** Path of the one file that declares the collections, their indexes and security rules. */
export function collectionsFilePath(rootDir: string): string {
  return join(rootDir, 'database', 'collections.json');
}

/** Reads and validates `database/collections.json`; a malformed file stops the local cloud at start. */
export function loadCollectionsFile(rootDir: string): CollectionsFile {
  const raw: unknown = JSON.parse(readFileSync(collectionsFilePath(rootDir), 'utf8'));
  return ZCollectionsFile.parse(raw);
}
