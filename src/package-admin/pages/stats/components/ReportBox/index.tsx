import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

/** The report text in the bureau's style, with one tap to copy it for pasting into a report. */
export function ReportBox({ report }: { report: string }) {
  const copy = () => Taro.setClipboardData({ data: report }).catch(() => undefined);
  return (
    <View className="report card">
      <Text className="section__title">月报文字</Text>
      <Text className="report__text" userSelect>
        {report}
      </Text>
      <Button className="btn btn--plain" onClick={copy}>
        复制
      </Button>
    </View>
  );
}
