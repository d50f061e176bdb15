import Taro, { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { registerPrivacyHandler } from '@/hooks/privacyGate';
import { localSession } from '@/services/local-session';
import { loadSubscribeTemplates } from '@/services/subscribe';
import './app.scss';

/** In h5 local mode a browser has no WeChat identity: send whoever is not signed in to pick one. */
async function requireLocalIdentity(): Promise<void> {
  const identity = await localSession.current().catch(() => null);
  if (!identity) Taro.reLaunch({ url: '/pages/sign-in/index' });
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The environment the functions are deployed in, from the build (config/index.ts, TARO_APP_CLOUD_ENV).
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
      registerPrivacyHandler();
    }
    if (localSession.enabled) void requireLocalIdentity();
    // Ready long before the first tap that asks for notifications (the pages that ask load them too).
    void loadSubscribeTemplates();
  });
  return children;
}

export default App;
