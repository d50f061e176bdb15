import { api } from '@contracts/api';
import type { ActionContract } from '@contracts/contract';
import { MAX_EPOCH_MS, MIN_EPOCH_MS, ZEpochMs } from '@contracts/models';
import type { z } from 'zod';

/**
 * Any WeChat user can send any payload, so every value an action accepts has a bound: a number has a minimum
 * and a maximum, a string and an array a maximum length, a record a bounded key and value, and every time is
 * the one shared `ZEpochMs` (2000-01-01 to 2100-01-01). The walk reads zod 4's definitions (`_zod.def`):
 * a schema of a kind it does not know fails too, so a new kind of value cannot slip past unchecked.
 */

type Schema = z.core.$ZodType;
type CheckDef = { check: string; value?: unknown; maximum?: number; size?: number; length?: number };

/** Keys that name a time; their value must be the shared epoch-ms schema, not any bounded number. */
const timeKey = /(At|^at|^from|^to|^before|^after|^since|^until|Ms|Time|Date)$/;

function checksOf(schema: Schema): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((c) => c._zod.def as unknown as CheckDef);
}

function hasCheck(schema: Schema, ...names: string[]): boolean {
  return checksOf(schema).some((c) => names.includes(c.check));
}

/** Returns one line per unbounded value: `path: what is missing`. */
function unbounded(schema: Schema, path: string, key: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  const next = new Set(seen).add(schema);
  const walk = (inner: Schema, p = path, k = key) => unbounded(inner, p, k, next);
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const at = path || '(input)';
  if (timeKey.test(key) && def.type === 'number' && schema !== ZEpochMs) {
    return [`${at}: a time must be ZEpochMs`];
  }
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return walk(def.innerType as Schema);
    case 'pipe':
      return walk(def.in as Schema);
    case 'lazy':
      return walk((def.getter as () => Schema)());
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([k, v]) =>
        walk(v, path ? `${path}.${k}` : k, k),
      );
    case 'union':
      return (def.options as Schema[]).flatMap((o) => walk(o));
    case 'intersection':
      return [...walk(def.left as Schema), ...walk(def.right as Schema)];
    case 'tuple':
      return (def.items as Schema[]).flatMap((item, i) => walk(item, `${path}[${i}]`, String(i)));
    case 'array':
      return [
        ...(hasCheck(schema, 'max_length', 'length_equals') ? [] : [`${at}: array without max items`]),
        ...walk(def.element as Schema, `${path}[]`, key),
      ];
    case 'record':
      return [
        ...walk(def.keyType as Schema, `${path}{key}`, ''),
        ...walk(def.valueType as Schema, `${path}{}`, ''),
      ];
    case 'string':
      return hasCheck(schema, 'max_length', 'length_equals') ? [] : [`${at}: string without max length`];
    case 'number': {
      const missing = [
        hasCheck(schema, 'greater_than') ? '' : 'min',
        hasCheck(schema, 'less_than') ? '' : 'max',
      ].filter(Boolean);
      return missing.length ? [`${at}: number without ${missing.join(' and ')}`] : [];
    }
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'null':
    case 'undefined':
      return [];
    default:
      return [`${at}: unchecked kind ${def.type}`];
  }
}

const actions = Object.entries(api).flatMap(([fn, all]) =>
  Object.entries(all as Record<string, ActionContract>).map(([action, contract]) => ({
    name: `${fn}.${action}`,
    contract,
  })),
);

describe('every action input is bounded', () => {
  it.each(actions)('$name', ({ name, contract }) => {
    const problems = unbounded(contract.input, '', '').map((line) => `${name} ${line}`);
    expect(problems).toEqual([]);
  });

  it('finds what it looks for (the walker itself fails on unbounded schemas)', async () => {
    const { z } = await import('zod');
    const loose = z.strictObject({
      name: z.string(),
      count: z.number().int().min(0),
      tags: z.array(z.string().max(5)),
      createdAt: z.number().int().min(0).max(10),
      at: ZEpochMs.optional(),
    });
    expect(unbounded(loose, '', '')).toEqual([
      'name: string without max length',
      'count: number without max',
      'tags: array without max items',
      'createdAt: a time must be ZEpochMs',
    ]);
  });
});

describe('ZEpochMs', () => {
  it('spans 2000-01-01 to 2100-01-01 and refuses the rest in Chinese', () => {
    expect(MIN_EPOCH_MS).toBe(Date.UTC(2000, 0, 1));
    expect(MAX_EPOCH_MS).toBe(Date.UTC(2100, 0, 1));
    expect(ZEpochMs.safeParse(Date.UTC(2026, 5, 1)).success).toBe(true);
    for (const bad of [-1, 0, MIN_EPOCH_MS - 1, MAX_EPOCH_MS + 1, 9e15, 8.64e15, 1.5e12 + 0.5]) {
      const res = ZEpochMs.safeParse(bad);
      expect(res.success).toBe(false);
      expect(res.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
