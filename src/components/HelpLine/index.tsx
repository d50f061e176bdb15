import { helpLine } from '@contracts/moderation';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CloudActionError } from '@/services/errors';
import './index.scss';

/** Whether an error is content security refusing the words: the page then offers the phone. */
export function isRefusedText(error: unknown): boolean {
  return error instanceof CloudActionError && error.code === 'CONTENT_RISKY';
}

/**
 * Shown with a refusal of a resident's words: the form keeps their text to change, and a person can
 * still be reached by phone, whatever the check said.
 */
export function HelpLine() {
  return (
    <View className="help-line">
      <Text className="help-line__text">说不清楚也没关系，可以直接打电话找人帮忙：{helpLine.label}</Text>
      <Button
        className="btn btn--plain help-line__call"
        onClick={() => Taro.makePhoneCall({ phoneNumber: helpLine.number }).catch(() => undefined)}
      >
        拨打 {helpLine.number}
      </Button>
    </View>
  );
}
