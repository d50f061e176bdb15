import { Button, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import './index.scss';

interface Props {
  step: number;
  total: number;
  title: string;
  hint?: string;
  error?: string;
  nextLabel?: string;
  busy?: boolean;
  onBack?: () => void;
  onNext: () => void;
  /** A quiet line under the buttons, e.g. “已自动保存”. */
  footnote?: string;
}

/** One question per screen: progress on top, the question, big 上一步 / 下一步 at the bottom. */
export function StepFrame(props: PropsWithChildren<Props>) {
  const { step, total, title, hint, error, nextLabel = '下一步', busy, onBack, onNext, footnote } = props;
  const percent = Math.round(((step + 1) / total) * 100);
  return (
    <View className="step">
      <View className="step__progress">
        <View className="step__bar">
          <View className="step__fill" style={{ width: `${percent}%` }} />
        </View>
        <Text className="step__count">
          第 {step + 1} 步，共 {total} 步
        </Text>
      </View>
      <View className="step__card card">
        <Text className="step__title">{title}</Text>
        {hint && <Text className="step__hint">{hint}</Text>}
        <View className="step__body">{props.children}</View>
        {error && <Text className="step__error">{error}</Text>}
      </View>
      <View className="step__actions">
        {onBack && (
          <Button className="btn btn--ghost step__back" onClick={onBack}>
            上一步
          </Button>
        )}
        <SubmitButton
          busy={busy ?? false}
          block={false}
          className="step__next"
          busyText="请稍候…"
          onClick={onNext}
        >
          {nextLabel}
        </SubmitButton>
      </View>
      {footnote && <Text className="step__footnote">{footnote}</Text>}
    </View>
  );
}
