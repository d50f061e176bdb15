import type { NoticeSummary } from '@contracts/models';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { fullDate } from '@/services/time';
import './index.scss';

/** A notice in a list; tapping opens the full text. */
export function NoticeItem({ notice }: { notice: NoticeSummary }) {
  const open = () =>
    Taro.navigateTo({ url: `/package-info/pages/notice-detail/index?id=${encodeURIComponent(notice.id)}` });
  return (
    <View className="notice card" onClick={open}>
      <View className="notice__body">
        <View className="notice__top">
          <Text className="notice__tag">{notice.category}</Text>
          <Text className="notice__date">{fullDate(notice.publishedAt)}</Text>
        </View>
        <Text className="notice__title">{notice.title}</Text>
        {notice.summary && <Text className="notice__summary">{notice.summary}</Text>}
      </View>
      {notice.coverUrl && <Image className="notice__cover" src={notice.coverUrl} mode="aspectFill" />}
    </View>
  );
}
