import { Image, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { Draft } from '../../draft';
import './index.scss';

/** The notice as residents will see it on its detail page, before anyone else can. */
export function NoticePreview({ draft }: { draft: Draft }) {
  return (
    <View className="preview card">
      <Text className="preview__badge">预览 · 居民看到的样子</Text>
      <Text className="preview__title">{draft.title || '（未填写标题）'}</Text>
      <Text className="preview__meta">
        {draft.category} · {dayjs().format('YYYY年M月D日')}
      </Text>
      {draft.cover && <Image className="preview__cover" src={draft.cover.url} mode="widthFix" />}
      {draft.body
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a static preview
          <Text key={i} className="preview__para">
            {p.trim()}
          </Text>
        ))}
    </View>
  );
}
