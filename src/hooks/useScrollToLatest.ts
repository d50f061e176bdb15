import Taro from '@tarojs/taro';
import { useEffect } from 'react';

/** Keeps a chat scrolled to its newest message (at the bottom) whenever the number of messages changes. */
export function useScrollToLatest(count: number): void {
  useEffect(() => {
    if (count > 0) void Taro.pageScrollTo({ scrollTop: 1e6, duration: 0 }).catch(() => undefined);
  }, [count]);
}
