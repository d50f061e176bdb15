import { Text, View } from '@tarojs/components';
import type { WatchStatus } from '@/hooks/useWatch';

/**
 * Says so when a page is kept current by polling because its live channel was refused, so a slower reply is
 * not mistaken for no reply. Shows nothing while updates are live.
 */
export function LiveNotice({ live }: { live: WatchStatus }) {
  if (live === 'live') return null;
  return (
    <View className="card live-notice">
      <Text className="muted">实时更新暂不可用，页面每15秒自动刷新一次</Text>
    </View>
  );
}
