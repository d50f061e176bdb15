import type { Availability } from '@contracts/booking';
import { slotLengths } from '@contracts/plain/booking';
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { bookingApi } from '@/services/booking';
import { errorText } from '@/services/errors';
import { blocks, hasBlock, toggleBlock, weekdayNames } from './blocks';
import '@/styles/case-pages.scss';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import './index.scss';

const lengths = slotLengths.map(String);
const notices = ['12', '24', '48'];

/** 我的调解时间: weekly blocks as big switches, the length of a mediation, days off and the cancel notice. */
export default function AvailabilityPage() {
  // An admin opens this page with ?mediatorId= to set a mediator's hours for them.
  const mediatorId = useRouter().params.mediatorId;
  const loaded = useAsync(useCallback(() => bookingApi.availability(mediatorId), [mediatorId]));
  const [draft, setDraft] = useState<Availability>();
  const submitting = useSubmit();
  const [error, setError] = useState('');
  const av = draft ?? loaded.data;
  if (!av)
    return (
      <PageShell>
        {loaded.error ? <ErrorBlock error={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </PageShell>
    );
  const change = (patch: Partial<Availability>) => setDraft({ ...av, ...patch });
  const save = () =>
    submitting.run(async () => {
      setError('');
      try {
        setDraft(await bookingApi.setAvailability(av, mediatorId));
        Taro.showToast({ title: '已保存', icon: 'success' });
      } catch (e) {
        setError(errorText(e));
      }
    });
  return (
    <PageShell className="availability">
      <View className="section card">
        <Text className="step-title">每周哪些时间可以调解</Text>
        {weekdayNames.map((name, i) => (
          <View key={name} className="avail__row">
            <Text className="avail__day">{name}</Text>
            {blocks.map((b) => (
              <View
                key={b.key}
                className={`avail__block${hasBlock(av.weekly, i + 1, b) ? ' avail__block--on' : ''}`}
                onClick={() => change({ weekly: toggleBlock(av.weekly, i + 1, b) })}
              >
                <Text>{b.label}</Text>
              </View>
            ))}
          </View>
        ))}
        <Text className="muted">上午 9:00-12:00，下午 14:00-17:00，晚上 19:00-21:00</Text>
      </View>
      <View className="section card">
        <Text className="label">每次调解多长时间（分钟）</Text>
        <ChoiceRow
          options={lengths}
          value={String(av.slotMinutes)}
          onChange={(v) => change({ slotMinutes: Number(v) as Availability['slotMinutes'] })}
        />
        <Text className="label">居民最晚提前几小时可以自己取消</Text>
        <ChoiceRow
          options={notices}
          labels={{ '12': '12小时', '24': '24小时', '48': '48小时' }}
          value={String(av.cancelNoticeHours)}
          onChange={(v) => change({ cancelNoticeHours: Number(v) })}
        />
      </View>
      <View className="section card">
        <Text className="label">休息日（请假、节假日）</Text>
        {av.exceptions.map((e) => (
          <View key={e.date} className="avail__off">
            <Text>{`${e.date} ${e.kind === 'leave' ? '请假' : '节假日'}`}</Text>
            <Text
              className="avail__remove"
              onClick={() => change({ exceptions: av.exceptions.filter((x) => x.date !== e.date) })}
            >
              删除
            </Text>
          </View>
        ))}
        <Picker
          mode="date"
          value=""
          onChange={(e) =>
            change({
              exceptions: [
                ...av.exceptions.filter((x) => x.date !== e.detail.value),
                { date: e.detail.value, kind: 'leave' },
              ],
            })
          }
        >
          <View className="btn btn--plain btn--block">添加休息日</View>
        </Picker>
      </View>
      <View className="section actions">
        {error && <Text className="error-text">{error}</Text>}
        <SubmitButton busy={submitting.busy} busyText="正在保存…" onClick={save}>
          保存
        </SubmitButton>
        <Text className="muted">已约好的调解不受影响，需要时请在案件里改约。</Text>
      </View>
    </PageShell>
  );
}
