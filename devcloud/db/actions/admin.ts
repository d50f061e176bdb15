import { CloudCode, CloudError } from '../../server/cloud-error';
import type { AdminHandler } from '../../server/module';
import type { DatabaseEngine } from '../engine';
import { collectionOf, optionalString } from '../params';

/** `database.addCollection`: `db.createCollection(name)`; an existing name is an error, as in CloudBase. */
export function addCollection(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const name = collectionOf(params);
    if (!engine.store.createCollection(name)) {
      throw new CloudError(CloudCode.collectionExists, `collection ${name} already exists`);
    }
    return {};
  };
}

function txIdOf(params: Parameters<AdminHandler>[0]): string {
  const id = optionalString(params, 'transactionId');
  if (!id) throw new CloudError(CloudCode.invalidParam, 'transactionId is required');
  return id;
}

/** `database.startTransaction`: the SDK reads `transactionId` from the top level of the body. */
export function startTransaction(engine: DatabaseEngine): AdminHandler {
  return () => ({ transactionId: engine.transactions.start() });
}

/** `database.commitTransaction`: all writes or none; a conflict answers DATABASE_TRANSACTION_CONFLICT. */
export function commitTransaction(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    for (const change of engine.transactions.commit(txIdOf(params)))
      engine.emitChange(change.collection, change.ids);
    return {};
  };
}

/** `database.abortTransaction`: drops the transaction's buffered writes. */
export function abortTransaction(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    engine.transactions.abort(txIdOf(params));
    return {};
  };
}
