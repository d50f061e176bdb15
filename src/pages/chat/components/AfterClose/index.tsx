import type { Consultation } from '@contracts/consultation';
import { outcomeLabels } from '@contracts/plain/consultation';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { consultationApi } from '@/services/consultation';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import './index.scss';

const stars = [1, 2, 3, 4, 5];

/** After closing: the outcome, an optional one-time rating (skippable), and the transcript to keep. */
export function AfterClose({ consultation }: { consultation: Consultation }) {
  const [c, setC] = useState(consultation);
  const { busy, run: guarded } = useSubmit();
  const [message, setMessage] = useState('');
  const [picked, setPicked] = useState(0);
  const asked = c.rating === undefined && !c.ratingSkipped;
  const rate = (rating?: number) =>
    guarded(async () => {
      try {
        setC(await consultationApi.rate(c.id, rating));
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  const transcript = () =>
    guarded(async () => {
      try {
        setMessage(await deliverDocument(await consultationApi.transcript(c.id)));
      } catch (e) {
        setMessage(errorText(e));
      }
    });
  return (
    <View className="after card">
      <Text className="after__title">咨询已结束{c.outcome ? `：${outcomeLabels[c.outcome]}` : ''}</Text>
      {asked ? (
        <View className="after__rate">
          <Text>这次咨询对您有帮助吗？点星星打个分（可以不评）</Text>
          <View className="after__stars">
            {stars.map((n) => (
              <Text
                key={n}
                className={`after__star${n <= picked ? ' after__star--on' : ''}`}
                onClick={() => {
                  if (busy) return;
                  setPicked(n);
                  void rate(n);
                }}
                data-testid={`star-${n}`}
              >
                ★
              </Text>
            ))}
          </View>
          <Text className="after__skip" onClick={() => rate()}>
            不评价了
          </Text>
        </View>
      ) : (
        <Text className="muted">
          {c.rating ? `您的评分：${'★'.repeat(c.rating)}，谢谢！` : '谢谢您使用在线咨询。'}
        </Text>
      )}
      {c.outcome === 'case' && c.mySide === 'resident' && (
        // Booking (issue 5) fills in the type and description from this consultation.
        <Button
          className="btn btn--primary btn--block"
          onClick={() =>
            Taro.navigateTo({ url: `/package-case/pages/booking/index?fromConsultationId=${c.id}` })
          }
        >
          预约当面调解
        </Button>
      )}
      <SubmitButton busy={busy} kind="plain" busyText="正在生成…" onClick={transcript}>
        下载咨询记录
      </SubmitButton>
      {message && <Text className="muted">{message}</Text>}
    </View>
  );
}
