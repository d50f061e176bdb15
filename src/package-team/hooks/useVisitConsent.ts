import Taro from '@tarojs/taro';
import { useState } from 'react';

const KEY = 'pmr:visit-consent';
/** Bump when the consent text changes: everyone is asked again. */
export const VISIT_CONSENT_VERSION = 'visit-1';

interface Stored {
  version: string;
  at: number;
}

function agreedBefore(): boolean {
  try {
    const raw = Taro.getStorageSync(KEY) as Stored | '';
    return typeof raw === 'object' && raw?.version === VISIT_CONSENT_VERSION;
  } catch {
    return false;
  }
}

/**
 * The separate consent (PIPL 单独同意) to location and camera for check-ins, asked before the first one and
 * kept on the phone with its version and time. Location is sensitive personal information: it is taken
 * only at a check-in or sign-out, never in between.
 */
export function useVisitConsent() {
  const [agreed, setAgreed] = useState(agreedBefore);
  const agree = () => {
    try {
      Taro.setStorageSync(KEY, { version: VISIT_CONSENT_VERSION, at: Date.now() } satisfies Stored);
    } catch {
      // Storage full: asked again next time, which is the safe side.
    }
    setAgreed(true);
  };
  return { agreed, agree };
}
