import { Button, Text, Textarea, View } from '@tarojs/components';
import { useEffect } from 'react';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { useDraft } from '@/hooks/useDraft';

export interface AgreementInput {
  facts: string;
  terms: string[];
  performance: string;
  parties: { resident: string; other: string };
}

/** What the mediator is typing; the names flat so each box clears its own error. */
interface AgreementDraft {
  facts: string;
  terms: string[];
  performance: string;
  residentName: string;
  otherName: string;
}

/** Where a case's unfinished agreement is kept on the phone; forgotten once the mediation is recorded. */
export const agreementDraftKey = (caseId: string) => `pmr-agreement-${caseId}`;

const errorKeys = {
  residentName: 'agreement.parties.resident',
  otherName: 'agreement.parties.other',
  facts: 'agreement.facts',
  terms: 'agreement.terms',
  performance: 'agreement.performance',
} as const;

interface Props {
  caseId: string;
  initialFacts: string;
  /** The names the case was booked under, to correct to the names on the parties' ID cards. */
  names: { resident: string; other: string };
  busy: boolean;
  errors: Record<string, string>;
  /** The terms as they stand, when the mediator changes an agreement already written. */
  current?: { terms: string[]; performance: string };
  onSubmit: (a: AgreementInput) => void;
  onCancel: () => void;
}

/** The terms of a successful mediation, one box per term, for the 人民调解协议书. */
export function AgreementForm({
  caseId,
  initialFacts,
  names,
  busy,
  errors: answered,
  current,
  onSubmit,
  onCancel,
}: Props) {
  const form = useDraft<AgreementDraft>(
    `${agreementDraftKey(caseId)}${current ? '-amend' : ''}`,
    {
      facts: initialFacts,
      terms: current?.terms ?? [''],
      performance: current?.performance ?? '',
      residentName: names.resident,
      otherName: names.other,
    },
    errorKeys,
  );
  const { facts, terms, performance, residentName, otherName } = form.draft;
  const errors = form.errors;
  const { setErrors } = form;
  // The server's answer to the last submit; each message goes when its box is edited.
  useEffect(() => setErrors(answered), [answered, setErrors]);
  const setFacts = (v: string) => form.change({ facts: v });
  const setPerformance = (v: string) => form.change({ performance: v });
  const setTerms = (next: string[]) => form.change({ terms: next });
  const setTerm = (i: number, v: string) => setTerms(terms.map((t, j) => (j === i ? v : t)));
  const submit = () =>
    onSubmit({
      facts: facts.trim(),
      terms: terms.map((t) => t.trim()).filter(Boolean),
      performance: performance.trim(),
      parties: { resident: residentName.trim(), other: otherName.trim() },
    });
  return (
    <View className="card agreement-form">
      <Text className="step-title">填写调解协议</Text>
      <FormField
        label="甲方姓名（以身份证为准）"
        value={residentName}
        maxlength={20}
        error={errors[errorKeys.residentName]}
        onInput={(v) => form.change({ residentName: v })}
      />
      <FormField
        label="乙方姓名（以身份证为准）"
        value={otherName}
        maxlength={20}
        error={errors[errorKeys.otherName]}
        onInput={(v) => form.change({ otherName: v })}
      />
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
        <Button className="btn btn--plain btn--block" onClick={() => setTerms([...terms, ''])}>
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
