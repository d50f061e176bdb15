import type { PrecheckResult } from '@contracts/legal-aid/precheck';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './ResultCard.scss';

const tone = { no_means_test: 'good', exempt: 'good', needs_declaration: 'maybe', outside: 'no' } as const;

/** The pre-check's answer: what it means, what to do next, and where else to turn. */
export function ResultCard({
  result,
  onApply,
  onAgain,
}: {
  result: PrecheckResult;
  onApply: () => void;
  onAgain: () => void;
}) {
  return (
    <View className="result">
      <View className={`result__head result__head--${tone[result.outcome]}`}>
        <Text className="result__title">{result.title}</Text>
        <Text className="result__basis">依据：{result.basis}</Text>
      </View>
      <View className="card result__card">
        <Text>{result.explanation}</Text>
        <Text className="result__sub">下一步</Text>
        {result.nextSteps.map((s, i) => (
          <Text key={s} className="result__step">
            {i + 1}. {s}
          </Text>
        ))}
        {result.referrals.length > 0 && <Text className="result__sub">还可以找</Text>}
        {result.referrals.map((r) => (
          <View key={r.name} className="result__ref">
            <Text className="result__ref-name">{r.name}</Text>
            <Text className="muted">{r.detail}</Text>
          </View>
        ))}
      </View>
      <View className="result__actions">
        {result.canApply && (
          <Button className="btn btn--primary btn--block" onClick={onApply}>
            开始申请
          </Button>
        )}
        <Button
          className="btn btn--plain btn--block"
          onClick={() => Taro.makePhoneCall({ phoneNumber: '12348' }).catch(() => undefined)}
        >
          拨打 12348 问一问
        </Button>
        <Button className="btn btn--ghost btn--block" onClick={onAgain}>
          重新测一次
        </Button>
      </View>
      <Text className="result__note">自测结果只供参考，以法律援助中心的审查决定为准。</Text>
    </View>
  );
}
