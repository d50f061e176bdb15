import Taro from '@tarojs/taro';

type PrivacyResolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;

// WeChat holds the privacy-protected call pending until this resolve is answered; keep exactly one.
let pending: PrivacyResolve | null = null;

export const PRIVACY_PAGE = '/package-info/pages/privacy/index';
export const AGREE_BUTTON_ID = 'agree-privacy';

/**
 * Registers, once at launch in weapp, the handler WeChat calls before a privacy-protected API runs: it opens
 * our agreement page, which answers through `answerPrivacy`.
 */
export function registerPrivacyHandler(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve;
    const pages = Taro.getCurrentPages();
    const top = pages[pages.length - 1];
    if (top?.route !== PRIVACY_PAGE.slice(1)) Taro.navigateTo({ url: PRIVACY_PAGE });
  });
}

/** Whether a privacy-protected call is waiting for the user's answer. */
export function hasPendingPrivacy(): boolean {
  return pending !== null;
}

/** Tells WeChat the agreement is on screen (it wants this before the answer). */
export function exposePrivacy(): void {
  pending?.({ event: 'exposureAuthorization' });
}

/** Answers the waiting call; agreeing must name the agree button the user tapped. */
export function answerPrivacy(agree: boolean): void {
  const resolve = pending;
  pending = null;
  resolve?.(agree ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
}
