import Taro from '@tarojs/taro';

/** The page a case code opens (server/case/case-code.ts CODE_PAGE), with the scene in its query. */
export const CODE_PAGE = '/package-case/pages/code/index';

/**
 * The scene (`c=<code>`) in what a scan gives: a mini-program code's path (`...?scene=c%3D...`) or a
 * plain QR's link to the same page in h5. Null for any other code.
 */
export function sceneFrom(scanned: string): string | null {
  const match = /[?&]scene=([^&#]+)/.exec(scanned);
  if (!match?.[1]) return null;
  const scene = decodeURIComponent(match[1]);
  return /^c=[2-9A-HJ-NP-Z]{8}$/.test(scene) ? scene : null;
}

/** The link a plain QR carries in h5: the same code page, opened in the browser. */
export function h5CodeLink(scene: string): string {
  return `${window.location.origin}${CODE_PAGE}?scene=${encodeURIComponent(scene)}`;
}

/**
 * A mediator (or a grid worker) scans a resident's case code to open the case; the function decides
 * whether they may see it. Answers false when the scan was not a case code.
 */
export async function scanCaseCode(): Promise<boolean> {
  // WeChat's scanType takes 'wxCode' (a mini-program code); Taro's type list lacks it.
  const scanType = ['wxCode', 'qrCode'] as unknown as (keyof Taro.scanCode.ScanType)[];
  const res = await Taro.scanCode({ scanType });
  const scene = sceneFrom((res as { path?: string }).path || res.result || '');
  if (!scene) return false;
  await Taro.navigateTo({ url: `${CODE_PAGE}?scene=${encodeURIComponent(scene)}` });
  return true;
}
