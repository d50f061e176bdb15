import type { NearbyEvent } from '@contracts/grid/models';
import {
  type GridEventType,
  type GridUrgency,
  gridEventTypeLabels,
  gridEventTypes,
  gridSubtypes,
  gridUrgencies,
  gridUrgencyLabels,
} from '@contracts/plain/grid';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { FormField } from '@/components/FormField';
import { PageShell } from '@/components/PageShell';
import { SubmitButton } from '@/components/SubmitButton';
import { useMe } from '@/hooks/useMe';
import { useSubmit } from '@/hooks/useSubmit';
import { CloudActionError, CloudTransportError, errorText } from '@/services/errors';
import { keepReport, sendReport } from '@/services/grid-outbox';
import { gridEventApi } from '@/services/gridevent';
import { PhotoStrip } from '../../components/PhotoStrip';
import { NearbyHint } from './components/NearbyHint';
import { type Located, PlaceRow } from './components/PlaceRow';
import '@/styles/case-pages.scss';
import './index.scss';

/**
 * 上报事件: photo first, then what it is, where, how urgent and who is involved. The report is kept on the
 * phone before it is sent, so with no network it waits and goes later with its own time and place.
 */
export default function Report() {
  const me = useMe().data;
  const worker = me?.role === 'grid_worker';
  const [photos, setPhotos] = useState<string[]>([]);
  const [type, setType] = useState<GridEventType>();
  const [subtype, setSubtype] = useState<string>();
  const [text, setText] = useState('');
  const [located, setLocated] = useState<Located>();
  const [urgency, setUrgency] = useState<GridUrgency>('normal');
  const [people, setPeople] = useState('');
  const [nearby, setNearby] = useState<NearbyEvent[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submitting = useSubmit();

  useEffect(() => {
    if (!type || !located) return;
    gridEventApi.nearby({ type, point: located.point, coordinate: located.coordinate }).then(
      (r) => setNearby(r.items),
      () => setNearby([]),
    );
  }, [type, located]);

  const submit = () => {
    if (worker && photos.length === 0) return setErrors({ photos: '请先拍一张现场照片' });
    if (!type) return setErrors({ type: '请选择事件类型' });
    if (text.trim().length < 5) return setErrors({ description: '请把情况说清楚一些（至少5个字）' });
    if (!located) return setErrors({ point: '还没有定位，请打开手机定位后点“重新定位”' });
    const names = people
      .split(/[，,、\s]+/)
      .filter(Boolean)
      .slice(0, 10);
    const kept = keepReport(
      {
        type,
        ...(subtype ? { subtype } : {}),
        description: text.trim(),
        point: located.point,
        coordinate: located.coordinate,
        urgency,
        people: names.map((name) => ({ name })),
        clientAt: Date.now(),
      },
      photos,
    );
    void submitting.run(async () => {
      setErrors({});
      try {
        const e = await sendReport(kept);
        Taro.redirectTo({ url: `/package-grid/pages/event/index?id=${e.id}` });
      } catch (error) {
        if (error instanceof CloudTransportError) {
          await Taro.showModal({
            title: '已保存在手机上',
            content: '现在网络不好，联网后打开“事件”会自动补报，时间和位置按现在的算。',
            showCancel: false,
          });
          Taro.redirectTo({ url: '/package-grid/pages/events/index' });
          return;
        }
        setErrors(
          error instanceof CloudActionError && error.fields
            ? { ...error.fields, _: error.message }
            : { _: errorText(error) },
        );
      }
    });
  };

  return (
    <PageShell className="greport">
      <View className="section card">
        <Text className="label">1. 先拍现场照片{worker ? '' : '（可不拍）'}</Text>
        <PhotoStrip paths={photos} onChange={setPhotos} onError={(m) => setErrors({ photos: m })} />
        {(errors.photos || errors['photos.0']) && (
          <Text className="error-text">{errors.photos ?? errors['photos.0']}</Text>
        )}
      </View>
      <View className="section card">
        <Text className="label">2. 是什么事？</Text>
        <ChoiceRow
          options={gridEventTypes}
          labels={gridEventTypeLabels}
          value={type}
          onChange={(t) => {
            setType(t);
            setSubtype(undefined);
          }}
        />
        {type && worker && <ChoiceRow options={gridSubtypes[type]} value={subtype} onChange={setSubtype} />}
        {errors.type && <Text className="error-text">{errors.type}</Text>}
      </View>
      <View className="section card">
        <Text className="label">3. 看到的情况</Text>
        <Textarea
          className="textarea"
          value={text}
          maxlength={1000}
          placeholder="比如：两户人家因为排水沟吵起来了。"
          onInput={(e) => setText(e.detail.value)}
        />
        {errors.description && <Text className="error-text">{errors.description}</Text>}
      </View>
      <View className="section card">
        <Text className="label">4. 在哪里</Text>
        <PlaceRow value={located} onChange={setLocated} error={errors.point} />
      </View>
      <NearbyHint items={nearby} />
      <View className="section card">
        <Text className="label">5. 急不急</Text>
        <ChoiceRow options={gridUrgencies} labels={gridUrgencyLabels} value={urgency} onChange={setUrgency} />
        {worker && (
          <FormField
            label="涉及人员（可不填，多人用逗号分开）"
            value={people}
            onInput={setPeople}
            maxlength={100}
            error={errors['people.0.name']}
          />
        )}
      </View>
      {errors._ && <Text className="error-text">{errors._}</Text>}
      <View className="section">
        <SubmitButton busy={submitting.busy} onClick={submit} busyText="正在上报…">
          上报
        </SubmitButton>
      </View>
    </PageShell>
  );
}
