import { riskLevelLabels } from '@contracts/plain/team';
import type { StampView } from '@contracts/team/models';
import { Image, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import './StampVerdict.scss';

interface Props {
  title: string;
  stamp: StampView;
}

/**
 * The function's verdict on a check-in or sign-out, in plain words: normal, or needs review with every
 * reason. Never a bare pass or fail: a doubtful check-in is kept, and the bureau reads the same reasons.
 */
export function StampVerdict({ title, stamp }: Props) {
  const review = stamp.risk.level === 'review';
  return (
    <View className={`card verdict${review ? ' verdict--review' : ''}`}>
      <View className="verdict__head">
        <Text className="verdict__title">{title}</Text>
        <Text className={`verdict__level${review ? ' verdict__level--review' : ''}`}>
          {riskLevelLabels[stamp.risk.level]}
        </Text>
      </View>
      <Text className="muted">
        {dayjs(stamp.clientAt).format('M月D日 HH:mm')}
        {stamp.late ? '（补传）' : ''} · 定位 {stamp.samples} 次，精度约 {Math.round(stamp.accuracy)} 米
      </Text>
      {review ? (
        <View className="verdict__reasons">
          {stamp.risk.reasons.map((r) => (
            <Text key={r.code} className="verdict__reason">
              · {r.text}
            </Text>
          ))}
          <Text className="muted">签到已保存，司法所会看到这些原因并复核。</Text>
        </View>
      ) : (
        <Text className="verdict__ok">位置、时间都核对无误。</Text>
      )}
      {stamp.photoUrl && <Image className="verdict__photo" src={stamp.photoUrl} mode="aspectFill" />}
    </View>
  );
}
