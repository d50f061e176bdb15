import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useNoticeDetail } from '@/hooks/useNotices';
import { fullDate } from '@/services/time';
import { RemindMe } from './components/RemindMe';
import './index.scss';

/** One notice in full: plain paragraphs, large type, nothing else on screen. */
export default function NoticeDetailPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const { data, error, loading, reload } = useNoticeDetail(id);
  return (
    <PageShell>
      {loading && !data ? (
        <View className="section">
          <Loading />
        </View>
      ) : error || !data ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <View className="notice-detail card">
          <Text className="notice-detail__title">{data.title}</Text>
          <View className="notice-detail__meta">
            <Text className="notice-detail__tag">{data.category}</Text>
            <Text>{fullDate(data.publishedAt)}</Text>
          </View>
          {data.coverUrl && <Image className="notice-detail__cover" src={data.coverUrl} mode="widthFix" />}
          {data.body
            .split(/\n+/)
            .filter((p) => p.trim())
            .map((p, i) => (
              // Paragraphs have no ids; their order is fixed for the life of the page.
              // biome-ignore lint/suspicious/noArrayIndexKey: static text
              <Text key={i} className="notice-detail__para">
                {p.trim()}
              </Text>
            ))}
        </View>
      )}
      {data && <RemindMe />}
    </PageShell>
  );
}
