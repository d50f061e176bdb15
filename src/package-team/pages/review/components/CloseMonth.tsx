import type { Compliance } from '@contracts/team/ledger-views';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { errorText } from '@/services/errors';
import { teamApi } from '@/services/team';

/** The month's review: a comment per member (optional), then closing, after which the month is frozen. */
export function CloseMonth({ data, onClosed }: { data: Compliance; onClosed: () => void }) {
  const { busy, run } = useSubmit();
  const [comments, setComments] = useState<Record<string, string>>({});
  const members = [...new Map(data.rows.map((r) => [r.memberId, r.memberName])).entries()];
  const closed =
    data.closedVillageIds.length > 0 && data.rows.every((r) => data.closedVillageIds.includes(r.villageId));
  const close = () =>
    run(async () => {
      const list = Object.entries(comments)
        .map(([memberId, comment]) => ({ memberId, comment: comment.trim() }))
        .filter((c) => c.comment);
      try {
        const res = await teamApi.closeMonth({ month: data.month, areaId: data.areaId, comments: list });
        Taro.showToast({ title: `已封存${res.closed}个村（社区）`, icon: 'none' });
        onClosed();
      } catch (err) {
        Taro.showModal({
          title: '没有封存',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  if (closed) return <Text className="review__closed">本月已审核封存，记录不能再修改。</Text>;
  return (
    <View className="card review__close">
      <Text className="section__title">审核意见（可不填）</Text>
      {members.map(([id, name]) => (
        <View key={id} className="review__comment">
          <Text className="review__name">{name}</Text>
          <Textarea
            className="textarea"
            maxlength={200}
            value={comments[id] ?? ''}
            placeholder="对这位成员本月工作的意见"
            onInput={(e) => setComments({ ...comments, [id]: e.detail.value })}
          />
        </View>
      ))}
      <SubmitButton busy={busy} busyText="正在封存…" onClick={close}>
        完成本月审核并封存
      </SubmitButton>
      <Text className="muted">封存后，本月的签到、记录和工作日志都不能再修改。</Text>
    </View>
  );
}
