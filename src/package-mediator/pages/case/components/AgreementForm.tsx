import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';

export interface AgreementInput {
  facts: string;
  terms: string[];
  performance: string;
}

interface Props {
  initialFacts: string;
  busy: boolean;
  errors: Record<string, string>;
  onSubmit: (a: AgreementInput) => void;
  onCancel: () => void;
}

/** The terms of a successful mediation, one box per term, for the 人民调解协议书. */
export function AgreementForm({ initialFacts, busy, errors, onSubmit, onCancel }: Props) {
  const [facts, setFacts] = useState(initialFacts);
  const [terms, setTerms] = useState<string[]>(['']);
  const [performance, setPerformance] = useState('');
  const setTerm = (i: number, v: string) => setTerms((all) => all.map((t, j) => (j === i ? v : t)));
  const submit = () =>
    onSubmit({
      facts: facts.trim(),
      terms: terms.map((t) => t.trim()).filter(Boolean),
      performance: performance.trim(),
    });
  return (
    <View className="card agreement-form">
      <Text className="step-title">填写调解协议</Text>
      <Text className="label">纠纷事实和争议事项</Text>
      <Textarea
        className="textarea"
        value={facts}
        maxlength={1000}
        onInput={(e) => setFacts(e.detail.value)}
      />
      {errors['agreement.facts'] && <Text className="error-text">{errors['agreement.facts']}</Text>}
      {terms.map((t, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: terms are edited in place and never reordered
        <View key={i}>
          <Text className="label">{`协议第${i + 1}条`}</Text>
          <Textarea
            className="textarea agreement-form__term"
            value={t}
            maxlength={300}
            placeholder="如：王五于十日内拆除占路的围墙"
            onInput={(e) => setTerm(i, e.detail.value)}
          />
        </View>
      ))}
      {errors['agreement.terms'] && <Text className="error-text">{errors['agreement.terms']}</Text>}
      {terms.length < 20 && (
        <Button className="btn btn--plain btn--block" onClick={() => setTerms((all) => [...all, ''])}>
          再加一条
        </Button>
      )}
      <Text className="label">履行方式和期限</Text>
      <Textarea
        className="textarea"
        value={performance}
        maxlength={200}
        placeholder="如：第1条在4月10日前履行，调解员到场确认"
        onInput={(e) => setPerformance(e.detail.value)}
      />
      {errors['agreement.performance'] && (
        <Text className="error-text">{errors['agreement.performance']}</Text>
      )}
      <View className="actions">
        <SubmitButton busy={busy} onClick={submit}>
          调解成功，生成协议书
        </SubmitButton>
        <Button className="btn btn--ghost btn--block" onClick={onCancel}>
          返回
        </Button>
      </View>
    </View>
  );
}
