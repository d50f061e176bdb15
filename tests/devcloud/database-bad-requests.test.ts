import { join } from 'node:path';
import { useDevCloud } from '../helpers/devcloud';

const t = useDevCloud({ rootDir: join(__dirname, 'fixtures', 'db-root') });

async function post(body: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${t.devcloud.url}/admin?env=local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const bad: [string, Record<string, unknown>, string][] = [
  ['unknown action', { action: 'database.dropEverything' }, 'INVALID_ACTION'],
  [
    'collectionName of the wrong type',
    { action: 'database.getDocument', collectionName: 7 },
    'INVALID_PARAM',
  ],
  [
    'collectionName with SQL in it',
    { action: 'database.getDocument', collectionName: 'x"; DROP TABLE y' },
    'INVALID_PARAM',
  ],
  [
    'query that is not JSON',
    { action: 'database.getDocument', collectionName: 'misc', query: '{' },
    'INVALID_PARAM',
  ],
  [
    'query that is an array',
    { action: 'database.getDocument', collectionName: 'misc', query: '[1]' },
    'INVALID_PARAM',
  ],
  [
    'limit as a string',
    { action: 'database.getDocument', collectionName: 'misc', limit: '5' },
    'INVALID_PARAM',
  ],
  [
    'order with a bad direction',
    { action: 'database.getDocument', collectionName: 'misc', order: '{"a":2}' },
    'INVALID_PARAM',
  ],
  [
    'unknown query operator',
    { action: 'database.getDocument', collectionName: 'misc', query: '{"a":{"$nope":1}}' },
    'INVALID_PARAM',
  ],
  [
    'insert data not an array',
    { action: 'database.insertDocument', collectionName: 'misc', data: '{}' },
    'INVALID_PARAM',
  ],
  [
    'insert with a numeric _id',
    { action: 'database.insertDocument', collectionName: 'misc', data: ['{"_id":1}'] },
    'INVALID_PARAM',
  ],
  [
    'unknown update operator',
    { action: 'database.modifyDocument', collectionName: 'misc', query: '{}', data: '{"$zap":{"a":1}}' },
    'INVALID_PARAM',
  ],
  [
    'update of _id',
    { action: 'database.modifyDocument', collectionName: 'misc', query: '{}', data: '{"$set":{"_id":"x"}}' },
    'INVALID_PARAM',
  ],
  [
    'multi as a string',
    { action: 'database.removeDocument', collectionName: 'misc', query: '{}', multi: 'yes' },
    'INVALID_PARAM',
  ],
  [
    'stages not an array',
    { action: 'database.aggregateDocuments', collectionName: 'misc', stages: '{}' },
    'INVALID_PARAM',
  ],
  [
    'a writing stage',
    {
      action: 'database.aggregateDocuments',
      collectionName: 'misc',
      stages: [{ stageKey: '$out', stageValue: '"x"' }],
    },
    'INVALID_PARAM',
  ],
  [
    'an unknown transaction',
    { action: 'database.commitTransaction', transactionId: 'nope' },
    'DATABASE_TRANSACTION_FAIL',
  ],
  [
    'a missing collection',
    { action: 'database.calculateDocument', collectionName: 'ghost' },
    'DATABASE_COLLECTION_NOT_EXIST',
  ],
];

describe('bad requests to /admin', () => {
  it('answers malformed JSON with a CloudBase-shaped error', async () => {
    expect(await post('{"action":')).toMatchObject({ code: 'INVALID_PARAM', message: expect.any(String) });
  });

  it.each(bad)('answers %s with {code, message}', async (_name, body, code) => {
    const res = await post(JSON.stringify(body));
    expect(res).toMatchObject({ code, message: expect.any(String) });
  });

  it('still answers normal requests afterwards', async () => {
    const res = await post(JSON.stringify({ action: 'database.calculateDocument', collectionName: 'misc' }));
    expect(res).toMatchObject({ data: { total: 0 } });
  });
});
