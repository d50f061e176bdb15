import { type OfficialState, officialStatusLabels } from '@contracts/admin/notice';
import { Button, Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  official: OfficialState;
  busy: boolean;
  onRefresh: () => void;
  onRetry: () => void;
}

/** Where the official account copy stands, with the way forward: ask again while running, retry after failure. */
export function OfficialStatus({ official, busy, onRefresh, onRetry }: Props) {
  return (
    <View className={`official card official--${official.status}`}>
      <Text className="official__status">{officialStatusLabels[official.status]}</Text>
      {official.error && <Text className="official__error">{official.error}</Text>}
      {official.articleUrl && <Text className="muted official__url">文章地址：{official.articleUrl}</Text>}
      {official.attempts > 1 && <Text className="muted">已尝试 {official.attempts} 次</Text>}
      {official.status === 'publishing' && (
        <Button className="btn btn--plain" disabled={busy || undefined} onClick={onRefresh}>
          刷新发布进度
        </Button>
      )}
      {official.status === 'failed' && (
        <Button className="btn btn--primary" disabled={busy || undefined} onClick={onRetry}>
          重新发布到公众号
        </Button>
      )}
    </View>
  );
}
