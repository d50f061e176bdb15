import type { ApplicationForm, DraftForm } from '@contracts/legal-aid/form';
import type { MyApplication } from '@contracts/legal-aid/views';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useLegalAidDraft } from '@/hooks/useLegalAidDraft';
import { useSubmit } from '@/hooks/useSubmit';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { requestNotices } from '@/services/subscribe';
import { StepFrame } from '../../components/StepFrame';
import { Consent } from './components/Consent';
import { Review } from './components/Review';
import { StepInput } from './components/StepInput';
import { activeSteps, missingAnswer } from './steps';
import './index.scss';

type Phase = 'steps' | 'review' | 'consent' | 'done';

/** Answers left untouched mean “none” or 0 (a blank income source, no special group); the rest is sent as typed. */
function completed(form: DraftForm): ApplicationForm {
  const income = { wages: 0, business: 0, pension: 0, other: 0, ...form.income };
  return { situations: [], groups: [], attachments: [], ...form, income } as ApplicationForm;
}

/** The guided application: one question per screen, then a review, the consent, and the number. */
export default function Apply() {
  const draft = useLegalAidDraft();
  useSubscribeTemplates();
  const [phase, setPhase] = useState<Phase>('steps');
  const [error, setError] = useState('');
  const { busy, run: guarded } = useSubmit();
  const [made, setMade] = useState<MyApplication | null>(null);
  const screens = activeSteps(draft.form);
  const index = Math.min(draft.step, screens.length - 1);
  const current = screens[index];

  const go = (next: number) => {
    setError('');
    void draft.save(next);
  };
  // A changed answer (a photo added, a box corrected) takes its old message away.
  const answer: typeof draft.update = (patch) => {
    setError('');
    draft.update(patch);
  };
  const next = () => {
    const problem = current && missingAnswer(current, draft.form);
    if (problem) return setError(problem);
    if (index + 1 < screens.length) return go(index + 1);
    void draft.save(index);
    setPhase('review');
  };
  const submit = () =>
    guarded(async () => {
      requestNotices(['legalAidResult']);
      setError('');
      try {
        const res = await legalAidApi.submit(completed(draft.form));
        draft.clear();
        setMade(res);
        setPhase('done');
      } catch (e) {
        const fields = fieldErrors(e);
        const first = Object.keys(fields).find((k) => k.startsWith('form.'));
        const at = first ? screens.findIndex((s) => first.startsWith(`form.${s.field}`)) : -1;
        if (at >= 0) {
          setPhase('steps');
          go(at);
          setError(fields[first ?? ''] ?? errorText(e));
        } else setError(errorText(e));
      }
    });

  if (draft.loading)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (draft.error)
    return (
      <PageShell>
        <ErrorBlock error={draft.error} onRetry={draft.reload} />
      </PageShell>
    );
  return (
    <PageShell className="apply">
      {phase === 'steps' && current && (
        <StepFrame
          step={index}
          total={screens.length + 2}
          title={current.title}
          hint={current.hint}
          error={error}
          onBack={index > 0 ? () => go(index - 1) : undefined}
          onNext={next}
          footnote={draft.note}
        >
          <StepInput step={current} form={draft.form} onChange={answer} />
        </StepFrame>
      )}
      {phase === 'review' && (
        <Review
          steps={screens}
          form={draft.form}
          onEdit={(i) => {
            setPhase('steps');
            go(i);
          }}
          onNext={() => setPhase('consent')}
        />
      )}
      {phase === 'consent' && (
        <Consent retentionDays={draft.retentionDays} busy={busy} error={error} onSubmit={submit} />
      )}
      {phase === 'done' && made && (
        <View className="apply__done card">
          <Text className="apply__done-title">申请已提交</Text>
          <Text className="apply__number">申请编号：{made.number}</Text>
          <Text className="muted">
            法律援助中心会在收到申请7日内审查（法律援助法第四十三条）。结果会通知您，也可以在“我的申请”里查看。
          </Text>
          <Button
            className="btn btn--primary btn--block"
            onClick={() => Taro.redirectTo({ url: `/package-legal-aid/pages/detail/index?id=${made.id}` })}
          >
            查看申请进度
          </Button>
        </View>
      )}
    </PageShell>
  );
}
