import type { GridEventDetail } from '@contracts/grid/models';
import type { GridStep } from '@contracts/plain/grid';
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { gridEventApi } from '@/services/gridevent';
import { dateTimeLabel } from '@/services/time';
import { DeadlineTag } from '../../components/DeadlineTag';
import { EventTimeline } from './components/EventTimeline';
import { StepForm } from './components/StepForm';
import { stepNeeds } from './components/step-needs';
import '@/styles/case-pages.scss';
import './index.scss';

function Facts({ e }: { e: GridEventDetail }) {
  const rows: [string, string][] = [
    ['编号', e.number],
    [
      '类型',
      `${e.typeLabel}${e.subtype ? ` · ${e.subtype}` : ''}${e.urgency === 'urgent' ? '（紧急）' : ''}`,
    ],
    ['地点', e.placeName],
    ['上报人', e.reporterName],
    ['发现时间', `${dateTimeLabel(e.clientAt)}${e.late ? '（离线补报）' : ''}`],
    ...(e.people.length
      ? ([['涉及人员', e.people.map((p) => p.name).join('、')]] as [string, string][])
      : []),
    ...(e.unitName ? ([['处置单位', e.unitName]] as [string, string][]) : []),
    ...(e.caseLink ? ([['调解案件', e.caseLink.number ?? '已转入']] as [string, string][]) : []),
  ];
  return (
    <View className="facts">
      {rows.map(([k, v]) => (
        <View key={k} className="facts__row">
          <Text className="facts__key">{k}</Text>
          <Text className="facts__value">{v}</Text>
        </View>
      ))}
    </View>
  );
}

/** One event: what was reported, where it stands, every step so far, and the steps the viewer may take now. */
export default function EventPage() {
  const id = useRouter().params.id ?? '';
  const load = useCallback(() => gridEventApi.get(id), [id]);
  const { data: e, error, loading, reload, setData } = useAsync(load);
  const [step, setStep] = useState<GridStep>();
  if (loading && !e)
    return (
      <PageShell className="gevent">
        <Loading />
      </PageShell>
    );
  if (!e)
    return (
      <PageShell className="gevent">
        <ErrorBlock error={error} onRetry={reload} />
      </PageShell>
    );
  return (
    <PageShell className="gevent">
      <View className="section card">
        <View className="gevent__head">
          <Text className="step-title">{e.stateLabel}</Text>
          <DeadlineTag e={e} />
        </View>
        <Text className="gevent__text">{e.description}</Text>
        {e.photoUrls.length > 0 && (
          <View className="gevent__photos">
            {e.photoUrls.map((u) => (
              <Image
                key={u}
                className="gevent__photo"
                src={u}
                mode="aspectFill"
                onClick={() => Taro.previewImage({ urls: e.photoUrls, current: u })}
              />
            ))}
          </View>
        )}
        <Facts e={e} />
        {e.extension?.status === 'pending' && (
          <Text className="banner">
            单位申请延期到 {dateTimeLabel(e.extension.until)}：{e.extension.reason}
          </Text>
        )}
      </View>
      <View className="section">
        {step ? (
          <StepForm
            event={e}
            step={step}
            onCancel={() => setStep(undefined)}
            onDone={(next) => {
              setData(next);
              setStep(undefined);
            }}
          />
        ) : (
          <View className="actions">
            {e.allowedSteps.map((s) => (
              <View
                key={s}
                className={`btn btn--block ${s === 'return' || s === 'send_back' || s === 'verify_fail' || s === 'refuse_extension' ? 'btn--plain' : 'btn--primary'}`}
                onClick={() => setStep(s)}
              >
                <Text>{stepNeeds[s]?.button ?? s}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      <View className="section">
        <Text className="section__title">办理经过</Text>
        <EventTimeline items={e.timeline} />
      </View>
    </PageShell>
  );
}
