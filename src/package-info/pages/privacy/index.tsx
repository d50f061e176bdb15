import { Button, Text, View } from '@tarojs/components';
import Taro, { useLoad, useUnload } from '@tarojs/taro';
import { PageShell } from '@/components/PageShell';
import { AGREE_BUTTON_ID, answerPrivacy, exposePrivacy, hasPendingPrivacy } from '@/hooks/privacyGate';
import { privacySections } from './content';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

function leave() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
  else Taro.switchTab({ url: '/pages/home/index' });
}

/** Our privacy agreement. In weapp the agree button is WeChat's own, which records the user's consent. */
export default function Privacy() {
  useLoad(() => {
    if (hasPendingPrivacy()) exposePrivacy();
  });
  // Leaving without answering must not leave WeChat's pending call hanging forever.
  useUnload(() => answerPrivacy(false));

  const agree = () => {
    answerPrivacy(true);
    leave();
  };
  const disagree = () => {
    answerPrivacy(false);
    leave();
  };

  return (
    <PageShell className="privacy">
      <View className="privacy__head">
        <Text className="privacy__title">掌上调解室隐私保护说明</Text>
        <Text className="muted">请您花一分钟看一看，我们怎样保护您的个人信息。</Text>
      </View>
      {privacySections.map((s) => (
        <View key={s.title} className="privacy__section card">
          <Text className="privacy__section-title">{s.title}</Text>
          {s.items.map((item) => (
            <Text key={item} className="privacy__item">
              {item}
            </Text>
          ))}
        </View>
      ))}
      <View className="privacy__actions">
        {isWeapp ? (
          <Button
            id={AGREE_BUTTON_ID}
            className="btn btn--primary btn--block"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={agree}
          >
            同意并继续
          </Button>
        ) : (
          <Button className="btn btn--primary btn--block" onClick={agree}>
            我知道了
          </Button>
        )}
        {isWeapp && (
          <Button className="btn btn--ghost btn--block privacy__disagree" onClick={disagree}>
            不同意
          </Button>
        )}
      </View>
    </PageShell>
  );
}
