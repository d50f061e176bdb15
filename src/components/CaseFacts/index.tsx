import { placeLabels } from '@contracts/booking';
import type { CaseDetail } from '@contracts/case/models';
import { Text, View } from '@tarojs/components';
import { HeldNote } from '@/components/HeldNote';
import { whenLabel } from '@/services/time';

/** The facts of a case in a two-column list; staff also see contact data (masked) and the description. */
export function CaseFacts({ c }: { c: CaseDetail }) {
  const staff = c.viewerRole !== 'resident';
  const b = c.booking;
  const rows: [string, string][] = [
    ['案件编号', c.caseNumber],
    ['纠纷类型', c.disputeType],
    [
      '申请人',
      `${c.residentName}${c.residentVillage ? `（${c.residentVillage}）` : ''}${staff && c.residentPhoneMasked ? ` ${c.residentPhoneMasked}` : ''}`,
    ],
    [
      '对方',
      `${c.otherParty.name}（${c.otherParty.relation}，${c.otherParty.village}）${c.otherParty.phoneMasked ? ` ${c.otherParty.phoneMasked}` : ''}`,
    ],
    ['调解员', c.mediator.name],
  ];
  if (b.startAt !== undefined && b.status !== 'cancelled' && b.status !== 'declined')
    rows.push(['时间', whenLabel(b.startAt)]);
  rows.push(['地点', placeLabels[b.place]]);
  if (c.address) rows.push(['纠纷地点', c.address]);
  if (staff) rows.push(['经过', c.description]);
  return (
    <View className="facts card">
      <HeldNote held={c.held} />
      {rows.map(([k, v]) => (
        <View key={k} className="facts__row">
          <Text className="facts__key">{k}</Text>
          <Text className="facts__value">{v}</Text>
        </View>
      ))}
    </View>
  );
}
