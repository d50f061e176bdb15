import { teamMemberRoles } from '@contracts/plain/team';
import type { MemberLedger, WorkLog } from '@contracts/team/ledger-views';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { askForLedgerReminder, teamApi } from '@/services/team';
import { LedgerCard } from '../../components/LedgerCard';
import { TeamGate } from '../../components/TeamGate';
import { WorkLogDay } from './components/WorkLogDay';
import './index.scss';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

const tell = (title: string, err: unknown) =>
  Taro.showModal({ title, content: errorText(err), showCancel: false, confirmText: '知道了' });

function Ledger({ ledger }: { ledger: MemberLedger }) {
  const { busy, run } = useSubmit();
  const remind = () =>
    run(async () => {
      const on = await askForLedgerReminder().catch(() => false);
      Taro.showToast({ title: on ? '到期前会提醒您' : '没有开启提醒', icon: 'none' });
    });
  return (
    <View className="section">
      <Text className="section__title">{`我的“四个至少”（${ledger.periodLabel}）`}</Text>
      {ledger.closed && <Text className="ledger__notice">本月已由司法局审核封存</Text>}
      {ledger.comment && <Text className="ledger__notice">司法局审核意见：{ledger.comment}</Text>}
      <View className="ledger__cards">
        {ledger.villages.length ? (
          ledger.villages.map((v) => <LedgerCard key={v.villageId} ledger={v} />)
        ) : (
          <Empty text="还没有分配服务的村（社区），请联系司法所" />
        )}
      </View>
      <SubmitButton busy={busy} kind="plain" onClick={remind}>
        快到期还没完成时提醒我
      </SubmitButton>
    </View>
  );
}

function Log({ log, onChanged }: { log: WorkLog; onChanged: () => void }) {
  const { busy, run } = useSubmit();
  const save = async (day: string, text: string) =>
    (await run(async () => {
      try {
        await teamApi.saveNote({ day, text });
        onChanged();
        return true;
      } catch (err) {
        await tell('没有保存', err);
        return false;
      }
    })) ?? false;
  const exportLog = () =>
    run(async () => {
      try {
        const said = await deliverDocument(await teamApi.exportLog({ month: log.month }));
        if (said) Taro.showToast({ title: said, icon: 'none', duration: 3000 });
      } catch (err) {
        await tell('导出失败', err);
      }
    });
  return (
    <View className="section">
      <Text className="section__title">本月工作日志</Text>
      {log.days.length ? (
        log.days.map((d) => (
          <WorkLogDay key={d.day} day={d} closed={log.closed} busy={busy} onSave={(t) => save(d.day, t)} />
        ))
      ) : (
        <Empty text="本月还没有签到和记录" />
      )}
      <SubmitButton busy={busy} busyText="正在导出…" onClick={exportLog}>
        导出工作日志和台账（Word）
      </SubmitButton>
    </View>
  );
}

/** The member's own page: what is met and missing this period, the month's work log, and the export. */
export default function LedgerPage() {
  useSubscribeTemplates();
  const ledger = useAsync(useCallback(() => teamApi.ledger({}), []));
  const log = useAsync(useCallback(() => teamApi.workLog({ month: thisMonth() }), []));
  const failed = ledger.error ?? log.error;
  return (
    <TeamGate roles={teamMemberRoles} className="ledger">
      {(ledger.loading && !ledger.data) || (log.loading && !log.data) ? (
        <View className="section">
          <Loading />
        </View>
      ) : failed || !ledger.data || !log.data ? (
        <View className="section">
          <ErrorBlock
            error={failed}
            onRetry={() => {
              ledger.reload();
              log.reload();
            }}
          />
        </View>
      ) : (
        <>
          <Ledger ledger={ledger.data} />
          <Log log={log.data} onChanged={log.reload} />
        </>
      )}
    </TeamGate>
  );
}
