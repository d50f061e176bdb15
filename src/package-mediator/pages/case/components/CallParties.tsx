import type { CaseDetail } from '@contracts/case/models';
import type { TRevealPhoneInput } from '@contracts/functions/case-inputs';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { dial } from '@/services/phone';

type Party = TRevealPhoneInput['party'];

/**
 * One tap to call a party: the full number is fetched only at that moment (the server records the view)
 * and the dialer opens on it. The number stays on screen so the mediator can also copy it.
 */
export function CallParties({ c }: { c: CaseDetail }) {
  const [numbers, setNumbers] = useState<Partial<Record<Party, string>>>({});
  const [busy, setBusy] = useState<Party>();
  const [error, setError] = useState('');
  const parties: { party: Party; who: string; masked?: string }[] = [
    { party: 'resident', who: `申请人 ${c.residentName}`, masked: c.residentPhoneMasked },
    { party: 'otherParty', who: `对方 ${c.otherParty.name}`, masked: c.otherParty.phoneMasked },
  ];
  const call = async (party: Party) => {
    if (busy) return;
    setBusy(party);
    setError('');
    try {
      const phone = numbers[party] ?? (await caseApi.revealPhone(c.id, party)).phone;
      setNumbers((prev) => ({ ...prev, [party]: phone }));
      await dial(phone);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  const reachable = parties.filter((p) => p.masked);
  if (reachable.length === 0) return <Text className="muted">双方都没有留电话</Text>;
  return (
    <View className="actions">
      {reachable.map((p) => (
        <Button
          key={p.party}
          className={`btn btn--plain btn--block${busy === p.party ? ' btn--busy' : ''}`}
          onClick={() => call(p.party)}
        >
          {`打电话给${p.who}  ${numbers[p.party] ?? p.masked}`}
        </Button>
      ))}
      <Text className="muted">查看完整号码会记录在审计日志里</Text>
      {error && <Text className="error-text">{error}</Text>}
    </View>
  );
}
