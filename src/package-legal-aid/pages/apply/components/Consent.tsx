import { CONSENT_PURPOSE } from '@contracts/plain/legal-aid';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceList } from '../../../components/ChoiceList';
import './Consent.scss';
import { SubmitButton } from '@/components/SubmitButton';

interface Props {
  retentionDays: number;
  busy: boolean;
  error?: string;
  onSubmit: () => void;
}

/**
 * The separate consent for sensitive personal information (个人信息保护法 第二十九条): what is collected,
 * why, who sees it, how long it is kept. Nothing is ticked in advance; no consent, no submission.
 */
export function Consent({ retentionDays, busy, error, onSubmit }: Props) {
  const [agreed, setAgreed] = useState(false);
  const items = [
    ['收集什么', '身份证号、家庭收入和财产、残疾或家庭暴力等情况，以及您拍的照片。'],
    ['做什么用', `${CONSENT_PURPOSE}，不做别的用途。`],
    [
      '谁能看到',
      '只有您本人和审查您申请的法律援助工作人员能看到完整内容，其他人只能看到打码的信息。每次查看都有记录。',
    ],
    [
      '保存多久',
      `加密保存。申请办结后保存${retentionDays}天，到期自动删除个人信息和照片，只留下不含个人信息的统计数字。`,
    ],
    ['您的权利', '不同意也可以用“自测”，也可以到县法律援助中心当面申请。'],
  ];
  return (
    <View className="consent">
      <View className="card">
        <Text className="consent__title">敏感个人信息处理说明</Text>
        {items.map(([head, body]) => (
          <View key={head} className="consent__item">
            <Text className="consent__head">{head}</Text>
            <Text className="consent__body">{body}</Text>
          </View>
        ))}
        <ChoiceList
          multi
          choices={[{ value: 'agree', label: '我已读完，同意按上面说的处理我的敏感个人信息' }]}
          selected={agreed ? ['agree'] : []}
          onChange={(v) => setAgreed(v.length > 0)}
        />
        {error && <Text className="consent__error">{error}</Text>}
      </View>
      <SubmitButton
        busy={busy}
        className={`consent__submit${agreed ? '' : ' btn--busy'}`}
        onClick={agreed ? onSubmit : () => undefined}
      >
        同意并提交申请
      </SubmitButton>
    </View>
  );
}
