import { type HeldField, heldFieldLabels } from '@contracts/moderation';
import { Text, View } from '@tarojs/components';
import './index.scss';

const words = (fields: HeldField[]) => fields.map((f) => heldFieldLabels[f.field] ?? '内容').join('、');

/**
 * Tells the writer which of their words wait for review (others see them only once approved) or were not
 * approved; nothing when every word is visible to all.
 */
export function HeldNote({ held }: { held?: HeldField[] }) {
  const waiting = (held ?? []).filter((f) => f.status === 'held');
  const rejected = (held ?? []).filter((f) => f.status === 'rejected');
  if (waiting.length === 0 && rejected.length === 0) return null;
  return (
    <View className="held-note">
      {waiting.length > 0 && (
        <Text className="held-note__text">
          您填写的{words(waiting)}正在人工审核，审核通过后对方才能看到。
        </Text>
      )}
      {rejected.length > 0 && (
        <Text className="held-note__text held-note__text--rejected">
          您填写的{words(rejected)}未通过审核，对方看不到，可以修改后重新填写。
        </Text>
      )}
    </View>
  );
}
