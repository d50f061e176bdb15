import { groupLabels, matterLabels, situationLabels } from '@contracts/legal-aid/matters';
import { type PrecheckResult, type TPrecheckInput, ZPrecheckInput } from '@contracts/legal-aid/precheck';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { PRECHECK_KEY } from '@/hooks/useLegalAidDraft';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { ChoiceList } from '../../components/ChoiceList';
import { StepFrame } from '../../components/StepFrame';
import { ResultCard } from './components/ResultCard';
import '../apply/components/StepInput.scss';
import './index.scss';
import { useSubmit } from '@/hooks/useSubmit';

const choicesOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
type Answers = Partial<TPrecheckInput>;

const UNANSWERED = '请先回答这个问题';

/** The contract's own message for one answer (0 people, a negative income), so the page and server agree. */
function problemOf(field: 'householdSize' | 'monthlyIncome', value: number | undefined): string | undefined {
  const res = ZPrecheckInput.shape[field].safeParse(value);
  return res.success ? undefined : res.error.issues[0]?.message;
}

/** What a number box holds: nothing typed is no answer; anything else is the number, checked by the rule. */
const numberOf = (typed: string): number | undefined => (typed.trim() === '' ? undefined : Number(typed));

/** A few questions, one per screen, no personal data; the answer says whether and how to apply. */
export default function Precheck() {
  const [step, setStep] = useState(0);
  const [a, setA] = useState<Answers>({ situations: [], groups: [] });
  const [result, setResult] = useState<PrecheckResult | null>(null);
  const [error, setError] = useState('');
  const submitting = useSubmit();
  const set = (patch: Answers) => {
    setError('');
    setA((prev) => ({ ...prev, ...patch }));
  };

  const screens = [
    {
      title: '您遇到的是什么事？',
      body: (
        <ChoiceList
          choices={choicesOf(matterLabels)}
          selected={a.matter ? [a.matter] : []}
          onChange={(v) => set({ matter: v[0] as TPrecheckInput['matter'] })}
        />
      ),
      problem: a.matter ? undefined : UNANSWERED,
    },
    {
      title: '您有没有下面的情形？',
      hint: '可以多选，没有就选“都不是”',
      body: (
        <ChoiceList
          multi
          noneLabel="都不是"
          choices={choicesOf(situationLabels)}
          selected={a.situations ?? []}
          onChange={(v) => set({ situations: v as TPrecheckInput['situations'] })}
        />
      ),
      problem: undefined,
    },
    {
      title: '您属于下面的人吗？',
      hint: '可以多选，没有就选“都不是”',
      body: (
        <ChoiceList
          multi
          noneLabel="都不是"
          choices={choicesOf(groupLabels)}
          selected={a.groups ?? []}
          onChange={(v) => set({ groups: v as TPrecheckInput['groups'] })}
        />
      ),
      problem: undefined,
    },
    {
      title: '家里几口人，每月大概收入多少？',
      hint: '全家加起来的大概数，不用很准',
      body: (
        <View>
          <Text className="muted">家里几口人</Text>
          <Input
            className="answer precheck__input"
            type="number"
            value={a.householdSize === undefined ? '' : String(a.householdSize)}
            onInput={(e) => set({ householdSize: numberOf(e.detail.value) })}
          />
          <Text className="muted">全家每月收入（元）</Text>
          <Input
            className="answer"
            type="number"
            value={a.monthlyIncome === undefined ? '' : String(a.monthlyIncome)}
            onInput={(e) => set({ monthlyIncome: numberOf(e.detail.value) })}
          />
        </View>
      ),
      problem: problemOf('householdSize', a.householdSize) ?? problemOf('monthlyIncome', a.monthlyIncome),
    },
  ];

  const next = async () => {
    const problem = screens[step]?.problem;
    if (problem) return setError(problem);
    setError('');
    if (step + 1 < screens.length) return setStep(step + 1);
    void submitting.run(async () => {
      try {
        setResult(await legalAidApi.precheck(a as TPrecheckInput));
      } catch (e) {
        setError(errorText(e));
      }
    });
  };
  const apply = () => {
    Taro.setStorageSync(PRECHECK_KEY, {
      matter: a.matter,
      situations: a.situations,
      groups: a.groups,
      householdSize: a.householdSize,
    });
    Taro.redirectTo({ url: '/package-legal-aid/pages/apply/index' });
  };

  const screen = screens[step];
  return (
    <PageShell className="precheck">
      {result ? (
        <ResultCard
          result={result}
          onApply={apply}
          onAgain={() => {
            setResult(null);
            setStep(0);
          }}
        />
      ) : (
        screen && (
          <StepFrame
            step={step}
            total={screens.length}
            title={screen.title}
            hint={screen.hint}
            error={error}
            busy={submitting.busy}
            nextLabel={step + 1 === screens.length ? '看结果' : '下一步'}
            onBack={step > 0 ? () => setStep(step - 1) : undefined}
            onNext={next}
          >
            {screen.body}
          </StepFrame>
        )
      )}
    </PageShell>
  );
}
