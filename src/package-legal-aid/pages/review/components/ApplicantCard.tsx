import { groupLabels, partyRoleLabels, situationLabels } from '@contracts/legal-aid/matters';
import type { ApplicationDetail } from '@contracts/legal-aid/views';
import { attachmentKindLabels } from '@contracts/plain/legal-aid';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './ApplicantCard.scss';

function rows(d: ApplicationDetail): Array<[string, string | undefined]> {
  const a = d.applicant;
  if (!a) return [];
  const income = a.income
    ? a.income.wages + a.income.business + a.income.pension + a.income.other
    : undefined;
  return [
    ['姓名', a.name],
    ['身份证号', a.idNumber],
    ['电话', a.phone],
    ['性别 / 民族', [a.sex, a.ethnicity].filter(Boolean).join(' / ') || undefined],
    ['出生日期', a.birthDate],
    ['户籍', a.hukou],
    ['住址', a.address],
    ['工作单位', a.employer],
    ['身份', a.partyRole && partyRoleLabels[a.partyRole]],
    ['对方', a.otherParty],
    ['事情经过', a.summary],
    ['特殊情形', a.situations?.map((s) => situationLabels[s]).join('；') || undefined],
    ['所属人群', a.groups?.map((g) => groupLabels[g]).join('；') || undefined],
    ['特殊情况说明', a.specialNote],
    ['家庭人口', a.householdSize === undefined ? undefined : `${a.householdSize} 人`],
    [
      '家庭月收入',
      income === undefined
        ? undefined
        : `${income} 元（人均 ${Math.round(income / (a.householdSize || 1))} 元）`,
    ],
    ['财产', a.property],
    [
      '诚信承诺',
      a.hardshipPledge === undefined ? undefined : a.hardshipPledge ? '已承诺' : '未承诺，附困难证明',
    ],
  ];
}

/** The applicant's details and photos as far as this officer may see them. */
export function ApplicantCard({ detail }: { detail: ApplicationDetail }) {
  const urls = detail.attachments.map((a) => a.url);
  return (
    <View className="section card applicant">
      <Text className="section__title">{detail.masked ? '申请人（已打码）' : '申请人'}</Text>
      {detail.purged && <Text className="muted">个人信息已按保存期限删除，只保留统计数字。</Text>}
      {rows(detail)
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <View key={k} className="applicant__row">
            <Text className="applicant__key">{k}</Text>
            <Text className="applicant__value">{v}</Text>
          </View>
        ))}
      {detail.attachments.length > 0 && (
        <View className="applicant__photos">
          {detail.attachments.map((p) => (
            <View
              key={p.url}
              className="applicant__photo"
              onClick={() => Taro.previewImage({ urls, current: p.url })}
            >
              <Image className="applicant__img" src={p.url} mode="aspectFill" />
              <Text className="applicant__kind">{attachmentKindLabels[p.kind]}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
