/**
 * The linked official account, from the function's configuration (CloudBase console environment variables),
 * never from the repository. Without appid and secret the feature is off: the console hides the option and
 * the functions refuse it.
 */
export interface OfficialAccountConfig {
  appid: string;
  secret: string;
  /** WeChat's API host; tests and the local demo point it at the stand-in on loopback. */
  apiBase: string;
}

export function officialAccountConfig(): OfficialAccountConfig | null {
  const appid = process.env.PMR_OA_APPID ?? '';
  const secret = process.env.PMR_OA_SECRET ?? '';
  if (!appid || !secret) return null;
  const apiBase = (process.env.PMR_OA_API_BASE || 'https://api.weixin.qq.com').replace(/\/+$/, '');
  return { appid, secret, apiBase };
}
