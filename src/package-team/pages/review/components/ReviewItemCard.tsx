import type { OpenedVisit, ReviewItem } from '@contracts/team/ledger-views';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { errorText } from '@/services/errors';
import { teamApi } from '@/services/team';
import { whenLabel } from '@/services/time';

/** A check-in that needs review: who, where, when and why; the photo and exact place only when opened. */
export function ReviewItemCard({ item }: { item: ReviewItem }) {
  const [opened, setOpened] = useState<OpenedVisit>();
  const open = async () => {
    try {
      setOpened(await teamApi.viewCheckIn({ visitId: item.visitId }));
    } catch (err) {
      Taro.showModal({ title: '打不开', content: errorText(err), showCancel: false, confirmText: '知道了' });
    }
  };
  const stamp = opened ? (item.stamp === 'checkIn' ? opened.checkIn : opened.checkOut) : undefined;
  return (
    <View className="card review__item">
      <Text className="section__title">{`${item.memberName} · ${item.villageName}`}</Text>
      <Text className="muted">{`${item.stamp === 'checkIn' ? '签到' : '签退'} ${whenLabel(item.at)}${item.late ? '（补传）' : ''}`}</Text>
      {item.reasons.map((r) => (
        <Text key={r} className="review__reason">
          · {r}
        </Text>
      ))}
      {stamp ? (
        <View className="review__opened">
          {stamp.photoUrl ? (
            <Image className="review__photo" src={stamp.photoUrl} mode="aspectFill" />
          ) : (
            <Text className="muted">没有照片（可能已超过保存期限）</Text>
          )}
          <Text className="muted">{`位置：${stamp.point.lng.toFixed(5)}, ${stamp.point.lat.toFixed(5)}（精度${Math.round(stamp.accuracy)}米）`}</Text>
        </View>
      ) : (
        <Text className="section__more" onClick={open}>
          查看照片和位置（会记入操作记录）
        </Text>
      )}
    </View>
  );
}
