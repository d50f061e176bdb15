import { Button, Text, View } from '@tarojs/components';
import { errorText } from '@/services/errors';
import './index.scss';

/** Shown while something loads. */
export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="status">
      <Text className="status__text">{text}</Text>
    </View>
  );
}

/** A failure in plain Chinese with a way to try again. */
export function ErrorBlock({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <View className="status status--error">
      <Text className="status__text">{errorText(error)}</Text>
      {onRetry && (
        <Button className="btn btn--plain status__retry" onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  );
}

/** Nothing to show yet, said kindly. */
export function Empty({ text }: { text: string }) {
  return (
    <View className="status">
      <Text className="status__text">{text}</Text>
    </View>
  );
}
