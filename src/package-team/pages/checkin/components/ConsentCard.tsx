import { Button, Text, View } from '@tarojs/components';

interface Props {
  onAgree: () => void;
}

/** The separate consent to location and camera, in plain words, before the first check-in. */
export function ConsentCard({ onAgree }: Props) {
  return (
    <View className="card consent">
      <Text className="consent__title">签到前请您同意</Text>
      <Text className="consent__item">
        位置信息：只在您点“签到”“签退”时取几次定位，用来核对您确实在服务的村里；平时不会记录您的位置。
      </Text>
      <Text className="consent__item">相机：签到时拍一张现场照片，只能现场拍，不能从相册选。</Text>
      <Text className="consent__item">
        谁能看到：司法局（司法所）审核走访时查看。精确位置和照片在当月审核完成后 90 天删除。
      </Text>
      <Text className="consent__item muted">
        位置是敏感个人信息，需要您单独同意；不同意就不能在手机上签到。
      </Text>
      <Button className="btn btn--primary btn--block" onClick={onAgree}>
        同意并继续
      </Button>
    </View>
  );
}
