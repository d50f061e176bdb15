import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import './index.scss';

const steps = [
  { title: '说清楚遇到的事', text: '家庭、邻里、土地、劳动上的矛盾，都可以先问一问。' },
  { title: '调解员来回复', text: '本村或附近的调解员会看到您的问题，给您出主意。' },
  { title: '需要时约时间面谈', text: '线上说不清的，可以预约调解员当面调解，不收费。' },
];

/** The 咨询 tab. Online consultation is being built; until then it explains the service and who can help. */
export default function Consult() {
  return (
    <PageShell className="consult">
      <View className="consult__intro card">
        <Text className="consult__title">在线咨询</Text>
        <Text className="consult__text">
          遇到矛盾纠纷不知道怎么办？在这里把事情说一说，调解员帮您想办法。
        </Text>
        <View className="consult__soon">
          <Text>在线提问功能即将开放，现在可以先看看有哪些调解员。</Text>
        </View>
      </View>

      <View className="section">
        <View className="section__head">
          <Text className="section__title">怎么咨询</Text>
        </View>
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
      </View>

      <View className="section">
        <Button
          className="btn btn--primary btn--block"
          onClick={() => Taro.navigateTo({ url: '/pages/mediators/index' })}
        >
          查看调解员
        </Button>
      </View>
    </PageShell>
  );
}
