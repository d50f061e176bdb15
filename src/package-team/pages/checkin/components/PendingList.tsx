import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { PendingStamp } from '@/services/visit-outbox';
import { dismissStamp } from '@/services/visit-outbox';

const kindLabel = { checkIn: '签到', checkOut: '签退' } as const;

/** Check-ins and sign-outs kept on this phone: waiting for the network (待补传), or refused and why. */
export function PendingList({ items }: { items: PendingStamp[] }) {
  if (items.length === 0) return null;
  return (
    <View className="pending-list">
      {items.map((p) => (
        <View key={p.clientKey} className={`card pending${p.state === 'refused' ? ' pending--refused' : ''}`}>
          <Text className="pending__title">
            {p.villageName} {kindLabel[p.kind]} · {dayjs(p.clientAt).format('M月D日 HH:mm')}
          </Text>
          {p.state === 'pending' ? (
            <Text className="pending__state">
              待补传：已保存在手机上，有网络后自动发送，时间和位置按拍照时的记录。
            </Text>
          ) : (
            <View className="pending__refused">
              <Text className="pending__state">没有成功：{p.error}</Text>
              <Text className="pending__dismiss" onClick={() => dismissStamp(p.clientKey)}>
                知道了
              </Text>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
