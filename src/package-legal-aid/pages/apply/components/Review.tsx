import type { DraftForm } from '@contracts/legal-aid/form';
import { attachmentKindLabels } from '@contracts/plain/legal-aid';
import { Button, Text, View } from '@tarojs/components';
import type { StepDef } from '../steps';
import './Review.scss';

function answerText(step: StepDef, form: DraftForm): string {
  const value = form[step.field];
  if (step.kind === 'photos') {
    const counts = Object.entries(attachmentKindLabels).map(
      ([k, label]) => `${label}${(form.attachments ?? []).filter((a) => a.kind === k).length}张`,
    );
    return counts.join('，');
  }
  if (step.kind === 'income') {
    const i = form.income ?? {};
    return `每月合计 ${(i.wages ?? 0) + (i.business ?? 0) + (i.pension ?? 0) + (i.other ?? 0)} 元`;
  }
  if (step.kind === 'pledge') return value ? '已承诺' : '不签承诺，提供困难证明';
  if (Array.isArray(value)) {
    const labels = value.map((v) => step.choices?.find((c) => c.value === v)?.label ?? String(v));
    return labels.length ? labels.join('；') : '都不是';
  }
  if (step.choices) return step.choices.find((c) => c.value === value)?.label ?? '未填';
  return value === undefined || value === '' ? '未填' : String(value);
}

/** Every answer on one page before submitting; 修改 jumps back to that screen. */
export function Review({
  steps,
  form,
  onEdit,
  onNext,
}: {
  steps: StepDef[];
  form: DraftForm;
  onEdit: (i: number) => void;
  onNext: () => void;
}) {
  return (
    <View className="review">
      <View className="card">
        <Text className="review__title">请核对您填写的内容</Text>
        {steps.map((s, i) => (
          <View key={s.field} className="review__row" onClick={() => onEdit(i)}>
            <View className="review__text">
              <Text className="review__q">{s.title}</Text>
              <Text className="review__a">{answerText(s, form)}</Text>
            </View>
            <Text className="review__edit">修改</Text>
          </View>
        ))}
      </View>
      <Button className="btn btn--primary btn--block review__next" onClick={onNext}>
        没问题，下一步
      </Button>
    </View>
  );
}
