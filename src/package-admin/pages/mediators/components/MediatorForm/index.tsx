import type { MediatorAdminView } from '@contracts/admin/mediator';
import type { TUpdateMediatorInput } from '@contracts/functions/mediator-admin';
import { type DisputeType, disputeTypes } from '@contracts/plain/models';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { ChoiceChips } from '../../../../components/ChoiceChips';
import './index.scss';

interface Props {
  mediator: MediatorAdminView;
  errors: Record<string, string>;
  busy: boolean;
  onSave: (input: TUpdateMediatorInput) => void;
  onCancel: () => void;
}

/** A mediator's profile: what they handle, where, how many at once. Areas are typed, 、 or , between. */
export function MediatorForm({ mediator, errors, busy, onSave, onCancel }: Props) {
  const [specialties, setSpecialties] = useState<DisputeType[]>(mediator.specialties);
  const [areas, setAreas] = useState(mediator.areas.join('、'));
  const [capacity, setCapacity] = useState(String(mediator.capacity));
  const [title, setTitle] = useState(mediator.title ?? '');
  const toggle = (t: DisputeType) =>
    setSpecialties((s) => (s.includes(t) ? s.filter((x) => x !== t) : [...s, t]));
  const save = () =>
    onSave({
      id: mediator.id,
      title: title.trim() || undefined,
      specialties,
      areas: areas
        .split(/[、,，\s]+/)
        .map((a) => a.trim())
        .filter(Boolean),
      capacity: Number(capacity) || 0,
    });
  return (
    <View className="mform card">
      <Text className="section__title">编辑：{mediator.name}</Text>
      <FormField
        label="职务"
        value={title}
        onInput={setTitle}
        maxlength={20}
        placeholder="例如：人民调解员"
        error={errors.title}
      />
      <Text className="field__label">擅长的纠纷类型</Text>
      <ChoiceChips options={disputeTypes} value={specialties} onToggle={toggle} />
      <FormField
        label="负责片区"
        value={areas}
        onInput={setAreas}
        placeholder="例如：东山村、西岭村"
        error={errors.areas}
      />
      <FormField
        label="同时接待上限（件）"
        value={capacity}
        onInput={setCapacity}
        type="number"
        maxlength={2}
        error={errors.capacity}
      />
      <Text className="muted">{`工作时间：${mediator.hours}（在“预约时间”里设置，居民看到的和可预约的时段都从这里来）`}</Text>
      <View className="mform__actions">
        <Button className="btn btn--ghost" onClick={onCancel}>
          取消
        </Button>
        <SubmitButton busy={busy} block={false} busyText="正在保存…" onClick={save}>
          保存
        </SubmitButton>
      </View>
    </View>
  );
}
