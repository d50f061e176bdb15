import type { DevCloudContext, DevCloudModule, DocumentReader } from '../server/module';
import { abortTransaction, addCollection, commitTransaction, startTransaction } from './actions/admin';
import { aggregateDocuments } from './actions/aggregate';
import { calculateDocument, getDocument } from './actions/read';
import { insertDocument, modifyDocument, removeDocument } from './actions/write';
import { DatabaseEngine } from './engine';

/**
 * The database part of the local cloud: CloudBase's `database.*` admin actions over one SQLite file per
 * environment, plus a DocumentReader for the other modules. Collections and indexes declared in
 * database/collections.json exist as soon as this returns.
 */
export function createDatabaseModule(
  ctx: DevCloudContext,
): DevCloudModule & { reader: DocumentReader; engine: DatabaseEngine } {
  const engine = new DatabaseEngine(ctx);
  engine.applyDeclarations();
  const reader: DocumentReader = {
    find(collection, filter, options = {}) {
      if (!engine.store.hasCollection(collection)) return [];
      return engine.finder
        .find(collection, filter, { sort: options.sort, limit: options.limit })
        .map((f) => f.doc);
    },
  };
  return {
    name: 'database',
    engine,
    reader,
    adminActions: {
      'database.getDocument': getDocument(engine),
      'database.calculateDocument': calculateDocument(engine),
      'database.insertDocument': insertDocument(engine),
      'database.modifyDocument': modifyDocument(engine),
      'database.removeDocument': removeDocument(engine),
      'database.aggregateDocuments': aggregateDocuments(engine),
      'database.addCollection': addCollection(engine),
      'database.startTransaction': startTransaction(engine),
      'database.commitTransaction': commitTransaction(engine),
      'database.abortTransaction': abortTransaction(engine),
    },
    stop() {
      engine.close();
    },
  };
}
