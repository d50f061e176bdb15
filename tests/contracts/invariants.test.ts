import { api } from '@contracts/api';
import type { ActionContract } from '@contracts/contract';
import { errorMessages } from '@contracts/errors';
import { z } from 'zod';

const actions = Object.entries(api).flatMap(([fn, all]) =>
  Object.entries(all as Record<string, ActionContract>).map(([action, contract]) => ({
    name: `${fn}.${action}`,
    contract,
  })),
);

describe('every contract', () => {
  it.each(actions)('$name refuses unknown keys, openid above all', ({ contract }) => {
    const res = contract.input.safeParse({ openid: 'someone-else' });
    expect(res.success).toBe(false);
    expect(res.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });

  it.each(actions)('$name is JSON-safe and documented', ({ contract }) => {
    expect(contract.summary.length).toBeGreaterThan(4);
    expect(() => z.toJSONSchema(contract.input, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(contract.output, { io: 'output' })).not.toThrow();
    for (const code of contract.errors) expect(errorMessages[code]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
