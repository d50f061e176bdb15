import { defineAction } from '@contracts/contract';
import { AppError } from '@server/app-error';
import { defineFunction } from '@server/define-function';
import { z } from 'zod';
import { useDevCloud } from '../helpers/devcloud';

// The wrapper runs here in the test process against the local cloud; the caller is WX_OPENID, which
// getWXContext reads only when WX_CONTEXT_KEYS names it (as WeChat's runtime sets it).
useDevCloud({ openid: 'wrapper-caller' });
beforeAll(() => {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID';
});

const contracts = {
  boom: defineAction({
    summary: 'fails',
    audience: 'anyone',
    input: z.strictObject({ note: z.string() }),
    output: z.object({}),
    errors: [],
  }),
  refuse: defineAction({
    summary: 'refuses',
    audience: 'anyone',
    input: z.strictObject({}),
    output: z.object({}),
    errors: [],
  }),
  echo: defineAction({
    summary: 'echoes',
    audience: 'anyone',
    input: z.strictObject({ n: z.number().int().default(7) }),
    output: z.object({ n: z.number(), openid: z.string() }),
    errors: [],
  }),
};

const main = defineFunction('test', contracts, {
  boom: async (input) => {
    throw new Error(`database exploded near ${input.note}`);
  },
  refuse: async () => {
    throw new AppError('CONFLICT', '已经有人抢先了');
  },
  echo: async (input, { caller }) => ({ n: input.n, openid: caller.openid }),
});

describe('defineFunction', () => {
  it('answers an unexpected error as INTERNAL, logs it without the payload, and leaks no stack', async () => {
    const logged: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    const res = await main({ action: 'boom', payload: { note: '13812345678' } });
    spy.mockRestore();
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
    expect(JSON.stringify(res)).not.toContain('exploded');
    expect(logged).toHaveLength(1);
    expect(String(logged[0]?.[0])).toContain('[test.boom]');
  });

  it('passes an AppError through with its code and Chinese message', async () => {
    expect(await main({ action: 'refuse', payload: {} })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '已经有人抢先了' },
    });
  });

  it('hands the handler parsed input (defaults applied) and the caller from getWXContext', async () => {
    expect(await main({ action: 'echo' })).toEqual({ ok: true, data: { n: 7, openid: 'wrapper-caller' } });
  });

  it('refuses a payload of the wrong type with a field message', async () => {
    const res = await main({ action: 'echo', payload: { n: 'seven' } });
    expect(res.ok).toBe(false);
    expect(res.ok ? null : res.error.code).toBe('BAD_REQUEST');
    expect(res.ok ? null : Object.keys(res.error.fields ?? {})).toEqual(['n']);
  });
});
