import { CloudActionError, CloudTransportError } from '@/services/errors';
import { withIntentKey } from '@/services/intent-key';

/** A stand-in for one cloud call: records the keys it was given and answers what the test says. */
function callRecording(answers: (() => Promise<string>)[]) {
  const keys: string[] = [];
  const call = (key: string) => {
    keys.push(key);
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next();
  };
  return { keys, call };
}

describe('one idempotency key per user intent', () => {
  it('reuses the key when the same intent is retried after a transport failure', async () => {
    const { keys, call } = callRecording([
      () => Promise.reject(new CloudTransportError()),
      () => Promise.resolve('made'),
    ]);
    const form = { title: '申请', n: 1 };
    await expect(withIntentKey('legalaid.submit', form, call)).rejects.toBeInstanceOf(CloudTransportError);
    await expect(withIntentKey('legalaid.submit', { ...form }, call)).resolves.toBe('made');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[\w-]{8,64}$/);
  });

  it('starts a new intent after an answer, ok or refused, and for another payload', async () => {
    const { keys, call } = callRecording([
      () => Promise.resolve('first'),
      () => Promise.reject(new CloudActionError('CONFLICT', '常用语最多20条')),
      () => Promise.resolve('third'),
      () => Promise.resolve('other'),
    ]);
    const input = { text: '您好' };
    await withIntentKey('consultation.saveQuickReply', input, call);
    await expect(withIntentKey('consultation.saveQuickReply', input, call)).rejects.toBeInstanceOf(
      CloudActionError,
    );
    await withIntentKey('consultation.saveQuickReply', input, call);
    await withIntentKey('consultation.saveQuickReply', { text: '再见' }, call);
    expect(new Set(keys).size).toBe(4);
  });

  it('gives a double tap (two calls at once) one key', async () => {
    let release: (v: string) => void = () => undefined;
    const pending = new Promise<string>((resolve) => {
      release = resolve;
    });
    const keys: string[] = [];
    const call = (key: string) => {
      keys.push(key);
      return pending;
    };
    const both = Promise.all([
      withIntentKey('booking.create', { slot: 1 }, call),
      withIntentKey('booking.create', { slot: 1 }, call),
    ]);
    release('case');
    await both;
    expect(keys[0]).toBe(keys[1]);
  });
});
