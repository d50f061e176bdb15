import { Text, View } from '@tarojs/components';
import { dial, mediationRoomPhone } from '@/services/phone';
import './index.scss';

/** A large "call the mediation room" line: a resident can always reach a person, whatever the app says. */
export function CallRoom({ hint = '不会打字或着急，可以直接打电话' }: { hint?: string }) {
  return (
    <View className="call-room" onClick={() => void dial(mediationRoomPhone).catch(() => undefined)}>
      <Text className="call-room__hint">{hint}</Text>
      <Text className="call-room__action">拨打调解室电话 {mediationRoomPhone}</Text>
    </View>
  );
}
