import { noticeStatusLabels } from '@contracts/admin/notice';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { AdminGate } from '../../components/AdminGate';
import { NoticeForm } from './components/NoticeForm';
import { NoticePreview } from './components/NoticePreview';
import { OfficialStatus } from './components/OfficialStatus';
import { PublishPanel } from './components/PublishPanel';
import { useNoticeEditor } from './useNoticeEditor';
import './index.scss';

/** Write or edit a notice, preview it as residents will see it, publish, schedule or withdraw it. */
export default function NoticeEditPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const editor = useNoticeEditor(id);
  const [previewing, setPreviewing] = useState(false);
  const { notice, draft, busy } = editor;

  const confirmWithdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回公告',
      content: '撤回后居民将看不到这条公告。确定撤回？',
      confirmText: '撤回',
      cancelText: '再想想',
    });
    if (confirm) await editor.withdraw();
  };

  if (editor.loading) {
    return (
      <AdminGate>
        <View className="section">
          <Loading />
        </View>
      </AdminGate>
    );
  }
  const live = notice?.status === 'published' || notice?.status === 'scheduled';
  return (
    <AdminGate className="notice-edit">
      <View className="section notice-edit__head">
        <Text className="notice-edit__status">
          {notice ? noticeStatusLabels[notice.status] : '新公告'}
          {live && notice?.publishedAt ? ` · ${dayjs(notice.publishedAt).format('M月D日 HH:mm')}` : ''}
        </Text>
        <Button className="btn btn--ghost" onClick={() => setPreviewing(!previewing)}>
          {previewing ? '继续编辑' : '预览'}
        </Button>
      </View>
      <View className="section">
        {previewing ? (
          <NoticePreview draft={draft} />
        ) : (
          <NoticeForm draft={draft} errors={editor.errors} onChange={editor.setDraft} />
        )}
      </View>
      <View className="section notice-edit__actions">
        <SubmitButton
          busy={busy}
          kind="plain"
          busyText="正在保存…"
          className={editor.dirty ? '' : 'btn--busy'}
          onClick={editor.dirty ? editor.save : () => undefined}
        >
          {notice?.status === 'published' ? '保存修改（居民立即看到）' : '保存草稿'}
        </SubmitButton>
      </View>
      {notice?.official && (
        <View className="section">
          <OfficialStatus
            official={notice.official}
            busy={busy}
            onRefresh={editor.refreshOfficial}
            onRetry={editor.retryOfficial}
          />
        </View>
      )}
      {notice?.push && (
        <View className="section">
          <Text className="muted">
            {notice.push.status === 'pending' ? '正在提醒订阅的居民：' : '已提醒订阅的居民：'}
            送达 {notice.push.sent} 人
            {notice.push.noCredit ? `，${notice.push.noCredit} 人的提醒次数已用完` : ''}
            {notice.push.failed ? `，${notice.push.failed} 人发送失败` : ''}
          </Text>
        </View>
      )}
      {notice?.status !== 'published' && (
        <View className="section">
          <PublishPanel officialAccount={editor.officialAccount} busy={busy} onPublish={editor.publish} />
        </View>
      )}
      {live && (
        <View className="section">
          <SubmitButton
            busy={busy}
            kind="ghost"
            busyText="撤回公告"
            className="notice-edit__withdraw"
            onClick={confirmWithdraw}
          >
            撤回公告
          </SubmitButton>
        </View>
      )}
    </AdminGate>
  );
}
