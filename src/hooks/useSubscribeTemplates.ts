import { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { loadSubscribeTemplates } from '@/services/subscribe';

/**
 * Loads the subscribe template ids before the user can tap, for a page or component that opens WeChat's
 * subscribe dialog: on mount (a component may appear after its page showed) and on every show (a failed
 * load is retried). The ids are loaded once per launch.
 */
export function useSubscribeTemplates(): void {
  useEffect(() => {
    void loadSubscribeTemplates();
  }, []);
  useDidShow(() => {
    void loadSubscribeTemplates();
  });
}
