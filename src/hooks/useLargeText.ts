import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

const STORAGE_KEY = 'pmr:largeText';

function readStored(): boolean {
  try {
    return Taro.getStorageSync(STORAGE_KEY) === true;
  } catch {
    return false;
  }
}

// One module-level value: tab pages stay mounted, so every mounted page must re-render when it changes.
let current = readStored();
const listeners = new Set<(large: boolean) => void>();

/** Turns 大字模式 on or off for every page and remembers it on the device. */
export function setLargeText(large: boolean): void {
  current = large;
  try {
    Taro.setStorageSync(STORAGE_KEY, large);
  } catch {
    // Storage can be full on old phones; the setting still applies until the app closes.
  }
  for (const listener of listeners) listener(large);
}

/** Whether 大字模式 is on, kept in sync across pages. */
export function useLargeText(): { large: boolean; setLarge: (large: boolean) => void } {
  const [large, setLarge] = useState(current);
  useEffect(() => {
    listeners.add(setLarge);
    setLarge(current);
    return () => {
      listeners.delete(setLarge);
    };
  }, []);
  return { large, setLarge: setLargeText };
}
