import type { AppCloud } from '../../helpers/app-cloud';
import type { SimulatedBackend } from './simulate-app';

/**
 * The simulated app's backend as one user of the test's local cloud: functions run as `openid` through the
 * runner, and `database().watch()` streams from the realtime channel with that user's session (the cloud
 * needs `useAppCloud({ localSignIn: true })`, which the realtime channel requires to know who is asking).
 */
export function localBackend(cloud: AppCloud, openid: string): SimulatedBackend {
  return {
    async callFunction(name, data) {
      const outcome = await cloud.devcloud.functions.invoker.invoke(name, data, { openid });
      if (!outcome.ok) throw { errCode: outcome.errCode, errMsg: outcome.errMsg };
      return { result: outcome.result, errMsg: 'cloud.callFunction:ok' };
    },
    realtime: {
      url: cloud.devcloud.url,
      cookie: cloud.devcloud.gateway.sessionCookieFor(openid).split(';')[0] as string,
    },
  };
}
