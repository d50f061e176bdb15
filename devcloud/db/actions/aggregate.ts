import { Aggregator } from 'mingo';
import { CloudCode, CloudError } from '../../server/cloud-error';
import type { AdminHandler } from '../../server/module';
import { type Doc, fromEjson, isPlainObject, stringifyDoc } from '../ejson';
import type { DatabaseEngine } from '../engine';
import { mingoOptions } from '../finder';
import { collectionOf } from '../params';
import { checkCollectionName } from '../store';

/** Stages that write elsewhere; CloudBase's aggregate is read-only. */
const REFUSED_STAGES = new Set(['$out', '$merge']);

/** Turns the SDK's `stages: [{stageKey, stageValue: JSON}]` into a MongoDB pipeline. */
function pipelineOf(raw: unknown, now: number): Doc[] {
  if (!Array.isArray(raw)) throw new CloudError(CloudCode.invalidParam, 'stages must be an array');
  return raw.map((stage, i) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || typeof stage.stageValue !== 'string') {
      throw new CloudError(CloudCode.invalidParam, `stages[${i}] needs a stageKey and a JSON stageValue`);
    }
    if (!stage.stageKey.startsWith('$') || REFUSED_STAGES.has(stage.stageKey)) {
      throw new CloudError(CloudCode.invalidParam, `unsupported stage ${stage.stageKey}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(stage.stageValue);
    } catch {
      throw new CloudError(CloudCode.invalidParam, `stages[${i}].stageValue is not valid JSON`);
    }
    return { [stage.stageKey]: fromEjson(value, now) };
  });
}

/**
 * `database.aggregateDocuments`; answers `{data:{list:[EJSON...]}}`. A leading `$match` goes through the
 * finder so it can use indexes; `$lookup` reads other collections through mingo's collection resolver.
 */
export function aggregateDocuments(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const collection = collectionOf(params);
    engine.store.requireCollection(collection);
    const pipeline = pipelineOf(params.stages, Date.now());
    const first = pipeline[0]?.$match;
    const input = isPlainObject(first)
      ? engine.finder.find(collection, first).map((f) => f.doc)
      : engine.finder.all(collection);
    const cache = new Map<string, Doc[]>();
    const collectionResolver = (name: string): Doc[] => {
      checkCollectionName(name);
      if (!engine.store.hasCollection(name)) return [];
      if (!cache.has(name)) cache.set(name, engine.finder.all(name));
      return cache.get(name) ?? [];
    };
    let result: Doc[];
    try {
      result = new Aggregator(
        isPlainObject(first) ? pipeline.slice(1) : pipeline,
        mingoOptions({ collectionResolver }),
      ).run(input) as Doc[];
    } catch (error) {
      if (error instanceof CloudError) throw error;
      throw new CloudError(CloudCode.invalidParam, `aggregate failed: ${(error as Error).message}`);
    }
    return { data: { list: result.map(stringifyDoc) } };
  };
}
