import type { Me } from '@contracts/models';
import Taro from '@tarojs/taro';
import { CloudTransportError } from './errors';
import { sendAction } from './transport';

/** Pauses between sign-in attempts when the network drops; then the page's 重试 starts over. */
const RETRY_PAUSES_MS = [500, 1500, 3000];

let signedIn: Promise<Me> | null = null;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * In weapp a fresh WeChat login session first (best effort: the function reads the identity from its call
 * context, so a failed `wx.login` need not stop the sign-in), then `user.login`.
 */
async function signInOnce(): Promise<Me> {
  if (process.env.TARO_ENV === 'weapp') await Taro.login().catch(() => undefined);
  return sendAction('user', 'login', {});
}

async function signInWithRetry(): Promise<Me> {
  for (const wait of RETRY_PAUSES_MS) {
    try {
      return await signInOnce();
    } catch (error) {
      if (!(error instanceof CloudTransportError)) throw error;
      await pause(wait);
    }
  }
  return signInOnce();
}

/**
 * The app's one sign-in, shared by every page: `user.login` creates a new resident's account, so it must
 * have run before any other action. Started at launch (and in h5 right after the local sign-in page picks
 * an identity); `callCloud` awaits it. A failed sign-in is forgotten, so the next call (a 重试) tries again.
 */
export function ready(): Promise<Me> {
  if (signedIn) return signedIn;
  const attempt = signInWithRetry();
  signedIn = attempt;
  // Only this attempt's own failure is forgotten: a sign-in started after a reset must survive it.
  attempt.catch(() => {
    if (signedIn === attempt) signedIn = null;
  });
  return attempt;
}

/** Forgets the sign-in, after the h5 local sign-in page picks another identity. */
export function resetSession(): void {
  signedIn = null;
}
