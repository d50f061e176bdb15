import type { DraftForm } from '@contracts/legal-aid/form';
import { type AttachmentKind, attachmentKindLabels } from '@contracts/legal-aid/status';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { DraftPatch } from '@/hooks/useLegalAidDraft';
import { ChoiceList } from '../../../components/ChoiceList';
import { PhotoPicker } from '../../../components/PhotoPicker';
import type { StepDef } from '../steps';
import { IncomeInputs } from './IncomeInputs';
import './StepInput.scss';

interface Props {
  step: StepDef;
  form: DraftForm;
  onChange: (patch: DraftPatch) => void;
}

const pledgeText =
  '本人承诺：所填家庭人口、收入和财产情况真实完整。如有隐瞒或虚假，愿意承担终止法律援助、退还费用等后果。';

/** The input of one screen, chosen by the kind of question. */
export function StepInput({ step, form, onChange }: Props) {
  const value = form[step.field];
  const set = (v: unknown) => onChange({ [step.field]: v } as DraftForm);
  switch (step.kind) {
    case 'choice':
      return (
        <ChoiceList
          choices={step.choices ?? []}
          selected={value ? [String(value)] : []}
          onChange={(v) => set(v[0])}
        />
      );
    case 'multi':
      return (
        <ChoiceList
          multi
          noneLabel="都不是"
          choices={step.choices ?? []}
          selected={(value as string[] | undefined) ?? []}
          onChange={set}
        />
      );
    case 'textarea':
      return (
        <Textarea
          className="answer answer--area"
          value={String(value ?? '')}
          maxlength={step.maxlength}
          autoHeight
          onInput={(e) => set(e.detail.value)}
        />
      );
    case 'date':
      return (
        <Picker
          mode="date"
          value={String(value ?? '1960-01-01')}
          start="1900-01-01"
          end="2030-12-31"
          onChange={(e) => set(e.detail.value)}
        >
          <View className="answer answer--picker">{value ? String(value) : '点这里选择日期'}</View>
        </Picker>
      );
    case 'number':
      return (
        <Input
          className="answer"
          type="number"
          value={value ? String(value) : ''}
          onInput={(e) => set(Number(e.detail.value) || undefined)}
        />
      );
    case 'income':
      return <IncomeInputs income={form.income ?? {}} onChange={(income) => onChange({ income })} />;
    case 'pledge':
      return (
        <View>
          <Text className="pledge">{pledgeText}</Text>
          <ChoiceList
            choices={[
              { value: 'yes', label: '我承诺，以上情况属实' },
              { value: 'no', label: '我不签承诺，下一步拍困难证明' },
            ]}
            selected={value === undefined ? [] : [value ? 'yes' : 'no']}
            onChange={(v) => set(v[0] === 'yes')}
          />
        </View>
      );
    case 'photos':
      return (
        <View>
          {(Object.keys(attachmentKindLabels) as AttachmentKind[]).map((kind) => (
            <PhotoPicker
              key={kind}
              kind={kind}
              label={attachmentKindLabels[kind]}
              photos={(form.attachments ?? []).filter((a) => a.kind === kind)}
              onAdd={(ref) => onChange((f) => ({ attachments: [...(f.attachments ?? []), ref] }))}
              onRemove={(id) =>
                onChange((f) => ({ attachments: (f.attachments ?? []).filter((a) => a.fileID !== id) }))
              }
            />
          ))}
        </View>
      );
    default:
      return (
        <Input
          className="answer"
          type={step.kind === 'phone' ? 'number' : step.kind === 'idNumber' ? 'idcard' : 'text'}
          maxlength={step.kind === 'phone' ? 11 : step.kind === 'idNumber' ? 18 : step.maxlength}
          value={String(value ?? '')}
          onInput={(e) => set(e.detail.value)}
        />
      );
  }
}
