import { api } from '@contracts/api';
import { roles } from '@contracts/models';
import { codeOf, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();

/** Every restricted action of every function, from the contracts: a new action is covered automatically. */
const restricted = Object.entries(api).flatMap(([fn, actions]) =>
  Object.entries(actions)
    .filter(([, c]) => c.audience !== 'anyone')
    .map(([action, c]) => ({ fn, action, allowed: c.audience as readonly string[] })),
);

describe('who may call what', () => {
  it.each(restricted)('$fn.$action refuses callers outside its audience', async ({ fn, action, allowed }) => {
    expect(codeOf(await app.call('never-logged-in', fn as 'user', action, {}))).toBe('NOT_REGISTERED');
    for (const role of roles.filter((r) => !allowed.includes(r))) {
      const user = await app.createUser(role);
      expect([role, codeOf(await app.call(user.openid, fn as 'user', action, {}))]).toEqual([
        role,
        'FORBIDDEN',
      ]);
    }
  });

  it('refuses a call without a WeChat identity', async () => {
    expect(codeOf(await app.call(null, 'notice', 'listPublished', {}))).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown actions and unknown envelope keys', async () => {
    const user = await app.createUser('resident');
    expect(codeOf(await app.call(user.openid, 'user', 'dropDatabase', {}))).toBe('UNKNOWN_ACTION');
    expect(codeOf(await app.call(user.openid, 'user', 'constructor', {}))).toBe('UNKNOWN_ACTION');
    const outcome = await app.devcloud.functions.invoker.invoke(
      'user',
      { action: 'me', payload: {}, openid: 'admin' },
      { openid: user.openid },
    );
    expect(outcome.ok && codeOf(outcome.result as never)).toBe('BAD_REQUEST');
    const notObject = await app.devcloud.functions.invoker.invoke('user', 'me', { openid: user.openid });
    expect(notObject.ok && codeOf(notObject.result as never)).toBe('BAD_REQUEST');
  });
});
