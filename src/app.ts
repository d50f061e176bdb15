import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { registerPrivacyHandler } from '@/hooks/privacyGate';
import { localSession } from '@/services/local-session';
import { ready } from '@/services/session';
import { loadSubscribeTemplates } from '@/services/subscribe';
import './app.scss';

/**
 * In h5 local mode a browser has no WeChat identity: whoever has not picked one goes to pick one (the
 * sign-in page signs in after the pick); whoever has is signed in now, as in weapp.
 */
async function signInLocally(): Promise<void> {
  const identity = await localSession.current().catch(() => null);
  if (!identity) Taro.reLaunch({ url: '/pages/sign-in/index' });
  else void ready().catch(() => undefined);
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The environment the functions are deployed in, from the build (config/index.ts, TARO_APP_CLOUD_ENV).
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
      registerPrivacyHandler();
      // Signed in once, silently, at launch: every page's first call waits for it (see services/session).
      void ready().catch(() => undefined);
    }
    if (localSession.enabled) void signInLocally();
    // Ready long before the first tap that asks for notifications (the pages that ask load them too).
    void loadSubscribeTemplates();
  });
  return children;
}

export default App;
