import type { HandItem } from '@contracts/grid/points';
import { signed } from '@contracts/plain/grid-points';
import { Input, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { gridPointsApi } from '@/services/gridpoints';
import { PointRows } from '../../../../components/PointRows';
import './index.scss';

/** The bureau's score of one hand-scored item (党支部建设…) for the grid's month; a new score replaces it. */
function HandScore({
  gridId,
  month,
  items,
  onScored,
}: {
  gridId: string;
  month: string;
  items: HandItem[];
  onScored: () => void;
}) {
  const [index, setIndex] = useState(0);
  const [points, setPoints] = useState('');
  const { busy, run } = useSubmit();
  const item = items[index];
  if (!item) return null;
  const save = () =>
    run(async () => {
      try {
        await gridPointsApi.handScore({ gridId, month, itemKey: item.key, points: Number(points) });
        Taro.showToast({ title: '已评分', icon: 'success' });
        setPoints('');
        onScored();
      } catch (err) {
        Taro.showModal({
          title: '没有评上',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  return (
    <View className="grid-detail__hand">
      <Text className="section__title">人工考核评分</Text>
      <Picker
        mode="selector"
        range={items.map((h) => `${h.label}（满分${h.max}分）`)}
        onChange={(e) => setIndex(Number(e.detail.value))}
      >
        <Text className="grid-detail__pick">
          {item.label}（满分{item.max}分） ▾
        </Text>
      </Picker>
      <Input
        className="grid-detail__input"
        type="number"
        value={points}
        placeholder={`填写0到${item.max}分`}
        onInput={(e) => setPoints(e.detail.value)}
      />
      <SubmitButton busy={busy} busyText="正在保存…" onClick={save}>
        保存评分
      </SubmitButton>
    </View>
  );
}

/** One grid's month as its worker sees it (every row and why), and the bureau's hand scores. */
export function GridDetail({
  gridId,
  month,
  items,
  onScored,
}: {
  gridId: string;
  month: string;
  items: HandItem[];
  onScored: () => void;
}) {
  const load = useCallback(() => gridPointsApi.ledger({ gridId, month }), [gridId, month]);
  const { data, error, loading, reload } = useAsync(load);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBlock error={error} onRetry={reload} />;
  return (
    <View className="grid-detail card">
      <Text className="section__title">{data.gridName}的积分明细</Text>
      {data.causes.map((c) => (
        <Text key={c.cause} className="grid-detail__cause">
          {c.label} {c.count} 次，共 {signed(c.points)} 分
        </Text>
      ))}
      <PointRows rows={data.rows} />
      <HandScore
        gridId={gridId}
        month={month}
        items={items}
        onScored={() => {
          reload();
          onScored();
        }}
      />
    </View>
  );
}
