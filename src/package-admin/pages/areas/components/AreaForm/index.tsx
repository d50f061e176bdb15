import type { AreaNode } from '@contracts/area/models';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';
import { areaApi } from '@/services/area';
import { errorText } from '@/services/errors';
import { parseBoundary } from '../../geojson';

interface Props {
  /** Adding a child under `parent`, or (with `node`) renaming it or giving it a boundary. */
  parent?: AreaNode;
  node?: AreaNode;
  title: string;
  onSaved: (node: AreaNode) => void;
}

/** A node's name and, pasted as GeoJSON (GCJ-02), its boundary. */
export function AreaForm({ parent, node, title, onSaved }: Props) {
  const [name, setName] = useState(node?.name ?? '');
  const [boundary, setBoundary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run } = useSubmit();
  const save = () =>
    run(async () => {
      const { polygon, error } = parseBoundary(boundary);
      if (error) return setErrors({ polygon: error });
      setErrors({});
      try {
        const saved = await areaApi.save({
          ...(node ? { id: node.id } : { parentId: parent?.id }),
          name: name.trim(),
          ...(polygon ? { polygon } : {}),
        });
        Taro.showToast({ title: '已保存', icon: 'success' });
        setBoundary('');
        if (!node) setName('');
        onSaved(saved);
      } catch (err) {
        const fields = fieldErrors(err);
        setErrors(Object.keys(fields).length ? fields : { name: errorText(err) });
      }
    });
  return (
    <View className="card areas__form">
      <Text className="section__title">{title}</Text>
      <FormField label="名称" value={name} onInput={setName} maxlength={30} error={errors.name} />
      <Text className="field__label">边界（选填，GeoJSON，GCJ-02 坐标）</Text>
      <Textarea
        className="areas__geojson"
        value={boundary}
        maxlength={-1}
        placeholder='粘贴 {"type":"Polygon","coordinates":[[[经度,纬度],…]]}'
        onInput={(e) => setBoundary(e.detail.value)}
      />
      {errors.polygon && <Text className="field__error">{errors.polygon}</Text>}
      <SubmitButton busy={busy} busyText="正在保存…" onClick={save}>
        保存
      </SubmitButton>
    </View>
  );
}
