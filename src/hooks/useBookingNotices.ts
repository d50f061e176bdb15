import type { SubscribePurpose } from '@contracts/templates';
import { useCallback, useEffect, useRef } from 'react';
import { bookingApi } from '@/services/booking';
import { requestSubscriptions } from '@/services/subscribe';
import { useSubscribeTemplates } from './useSubscribeTemplates';

/**
 * The booking notifications whose credit ran out, loaded before the tap. Answers `ask`: call it first thing
 * in a tap handler, before any `await`; it opens WeChat's dialog at once for those purposes, then tells the
 * server what was granted. It never throws: a booking goes ahead without notifications. The return type is
 * inferred on purpose: it keeps `ask` traceable to this function for tests/weapp/subscribe-tap.test.ts.
 */
export function useBookingNotices() {
  useSubscribeTemplates();
  const needed = useRef<SubscribePurpose[]>([]);
  useEffect(() => {
    bookingApi.subscriptions().then(
      (res) => {
        needed.current = res.needed;
      },
      () => undefined,
    );
  }, []);
  return useCallback(() => {
    if (needed.current.length === 0) return;
    requestSubscriptions(needed.current)
      .then((granted) => (granted.length ? bookingApi.grantSubscriptions(granted) : undefined))
      .then((res) => {
        if (res) needed.current = res.needed;
      })
      .catch(() => undefined);
  }, []);
}
