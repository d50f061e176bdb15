import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ConsultationItem } from '@/components/ConsultationItem';
import { LiveNotice } from '@/components/LiveNotice';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useMyConsultations } from '@/hooks/useConsultations';

const steps = [
  { title: '说清楚遇到的事', text: '家庭、邻里、土地、劳动上的矛盾，都可以先问一问。' },
  { title: '调解员来回复', text: '本村或附近的调解员会看到您的问题，给您出主意。' },
  { title: '需要时约时间面谈', text: '线上说不清的，可以预约调解员当面调解，不收费。' },
];

/** The resident's 咨询 tab: ask a new question, and every consultation with its unread replies, live. */
export function ResidentConsult() {
  const { data, error, loading, reload, live } = useMyConsultations();
  const ask = () => Taro.navigateTo({ url: '/pages/consult-new/index' });
  const empty = data !== undefined && data.length === 0;
  return (
    <PageShell className="consult">
      <View className="consult__intro card">
        <Text className="consult__title">在线咨询</Text>
        <Text className="consult__text">遇到矛盾纠纷不知道怎么办？把事情说一说，调解员帮您想办法。</Text>
        <Button className="btn btn--primary btn--block consult__ask" onClick={ask}>
          我要咨询
        </Button>
      </View>

      <View className="section">
        <View className="section__head">
          <Text className="section__title">我的咨询</Text>
        </View>
        <LiveNotice live={live} />
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : empty ? (
          <View className="card">
            {steps.map((s, i) => (
              <View key={s.title} className="consult__step">
                <View className="consult__num">
                  <Text>{i + 1}</Text>
                </View>
                <View className="consult__step-body">
                  <Text className="consult__step-title">{s.title}</Text>
                  <Text className="muted">{s.text}</Text>
                </View>
              </View>
            ))}
          </View>
        ) : (
          data?.map((c) => (
            <ConsultationItem
              key={c.id}
              consultation={c}
              onOpen={() => Taro.navigateTo({ url: `/pages/chat/index?id=${c.id}` })}
            />
          ))
        )}
      </View>
    </PageShell>
  );
}
