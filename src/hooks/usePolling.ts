import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';

/**
 * Runs `tick` every `ms` while the page is on screen, and once when it comes back. For documents the
 * client database may not watch (cases, applications: their rules admit no client reads), asking the
 * function every few seconds is how a page follows them live; a hidden page asks nothing.
 */
export function usePolling(tick: () => void, ms: number | undefined): void {
  const latest = useRef(tick);
  latest.current = tick;
  const [visible, setVisible] = useState(true);
  const hidden = useRef(false);
  useDidShow(() => {
    if (hidden.current) latest.current();
    hidden.current = false;
    setVisible(true);
  });
  useDidHide(() => {
    hidden.current = true;
    setVisible(false);
  });
  useEffect(() => {
    if (!ms || !visible) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms, visible]);
}
