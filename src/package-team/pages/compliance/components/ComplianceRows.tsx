import { roleLabels } from '@contracts/plain/models';
import type { ComplianceRow } from '@contracts/team/ledger-views';
import { Text, View } from '@tarojs/components';

/** The rows grouped by town and village, each member with what is behind in words. */
export function ComplianceRows({ rows }: { rows: ComplianceRow[] }) {
  const groups = new Map<string, ComplianceRow[]>();
  for (const r of rows) {
    const key = `${r.townName} · ${r.villageName}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <>
      {[...groups].map(([place, list]) => (
        <View key={place} className="card compliance__group">
          <Text className="section__title">{place}</Text>
          {list.map((r) => (
            <View key={`${r.memberId}-${r.villageId}`} className="compliance__row">
              <View className="compliance__who">
                <Text className="compliance__name">{r.memberName}</Text>
                <Text className="muted">{roleLabels[r.role]}</Text>
                <Text className={r.met ? 'compliance__ok' : 'compliance__due'}>
                  {r.met ? '达标' : '落后'}
                </Text>
              </View>
              {!r.met && <Text className="compliance__behind">差：{r.behind.join('；')}</Text>}
              {r.needReview > 0 && (
                <Text className="compliance__review">{`${r.needReview}次走访的签到需要复核`}</Text>
              )}
              {r.comment && <Text className="muted">审核意见：{r.comment}</Text>}
            </View>
          ))}
        </View>
      ))}
    </>
  );
}
