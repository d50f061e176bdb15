import {
  type NoticeAdminView,
  type NoticeStatusName,
  noticeStatuses,
  noticeStatusLabels,
  officialStatusLabels,
} from '@contracts/admin/notice';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FilterChips } from '@/components/FilterChips';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { AdminGate } from '../../components/AdminGate';
import { useAdminNotices } from '../../hooks/useAdminNotices';
import './index.scss';

const edit = (id?: string) =>
  Taro.navigateTo({
    url: `/package-admin/pages/notice-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  });

function NoticeRow({ notice }: { notice: NoticeAdminView }) {
  const when =
    notice.status === 'scheduled' || notice.status === 'published'
      ? dayjs(notice.publishedAt).format('M月D日 HH:mm')
      : `${dayjs(notice.updatedAt).format('M月D日 HH:mm')} 修改`;
  return (
    <View className="notice-row" onClick={() => edit(notice.id)}>
      <View className="notice-row__main">
        <Text className="notice-row__title">{notice.title}</Text>
        <Text className="notice-row__meta">
          {notice.category} · {when}
          {notice.official ? ` · ${officialStatusLabels[notice.official.status]}` : ''}
        </Text>
      </View>
      <Text className={`notice-row__status notice-row__status--${notice.status}`}>
        {noticeStatusLabels[notice.status]}
      </Text>
    </View>
  );
}

/** All notices, newest change first, by status; tap one to edit, publish or withdraw it. */
export default function NoticesPage() {
  const [status, setStatus] = useState<NoticeStatusName | undefined>(undefined);
  const { data, error, loading, reload } = useAdminNotices(status);
  // Coming back from the editor shows what was just saved.
  useDidShow(reload);
  return (
    <AdminGate className="notices">
      <View className="section notices__head">
        <Text className="section__title">公告管理</Text>
        <Button className="btn btn--primary" onClick={() => edit()}>
          写公告
        </Button>
      </View>
      <View className="section">
        <FilterChips
          options={noticeStatuses}
          labels={noticeStatusLabels}
          value={status}
          onChange={setStatus}
        />
        {loading && !data ? (
          <Loading />
        ) : error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : data && data.items.length > 0 ? (
          <View className="card notices__list">
            {data.items.map((n) => (
              <NoticeRow key={n.id} notice={n} />
            ))}
          </View>
        ) : (
          <Empty text="还没有公告，点“写公告”开始" />
        )}
      </View>
    </AdminGate>
  );
}
