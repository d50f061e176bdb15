import type { CollectionName } from '../collections';
import { db } from '../db';

type Stage = Record<string, unknown>;

/** The stage builders of the SDK's aggregate, by stage name; each returns the pipeline so far. */
type Pipeline = Record<string, (value: unknown) => Pipeline> & { end(): Promise<unknown> };

/**
 * Sends a pipeline written as MongoDB stages through the SDK's builder (`.match().lookup()...end()`), one
 * database round trip. Only stages the CloudBase SDK has are used ($facet, for one, it has not).
 */
export async function aggregate<T>(collection: CollectionName, stages: Stage[]): Promise<T[]> {
  let pipeline = db().collection(collection).aggregate() as unknown as Pipeline;
  for (const stage of stages) {
    const [key, value] = Object.entries(stage)[0] as [string, unknown];
    const build = pipeline[key.slice(1)];
    if (typeof build !== 'function') throw new Error(`aggregate stage ${key} is not in the SDK`);
    pipeline = build.call(pipeline, value);
  }
  const res = (await pipeline.end()) as { list: T[] };
  return res.list;
}
