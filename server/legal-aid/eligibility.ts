import { meansTestOf } from '@contracts/legal-aid/means-test';
import type { PrecheckResult, TPrecheckAnswers } from '@contracts/legal-aid/precheck';

const mediation = {
  name: '人民调解（免费）',
  detail: '邻里、家庭、宅基地等纠纷，可在首页“预约调解”或找村调委会',
};
const hotline = { name: '12348 法律服务热线', detail: '免费法律咨询，打电话就能问' };
const lawyer = { name: '委托律师', detail: '自己出钱请律师；可先到县法律援助中心咨询' };

/**
 * The pre-check of the Legal Aid Law, in the order the law applies it: Art. 32 situations need no means
 * test whatever the matter; otherwise the matter must be one of Art. 31; then Art. 42 groups are exempt
 * from the hardship check; everyone else compares household income per person with the local standard.
 * The means test itself is the shared rule of `types/legal-aid/means-test.ts`, as the application uses it.
 */
export function precheck(input: TPrecheckAnswers, incomeStandard: number): PrecheckResult {
  const perCapitaIncome = Math.round(input.monthlyIncome / input.householdSize);
  const base = { incomeStandard, perCapitaIncome };
  const meansTest = meansTestOf(input);
  if (meansTest === 'none') {
    return {
      ...base,
      outcome: 'no_means_test',
      canApply: true,
      title: '可以申请，不用审查经济困难',
      basis: '《法律援助法》第三十二条',
      explanation: '您说的情形，法律规定申请法律援助不受经济困难条件的限制。',
      nextSteps: ['在线填写申请', '准备身份证和能说明情形的材料（如报警记录、伤情照片、证明）'],
      referrals: [hotline],
    };
  }
  if (input.matter === 'other') {
    return {
      ...base,
      outcome: 'outside',
      canApply: false,
      title: '这件事大概不在法律援助范围内',
      basis: '《法律援助法》第三十一条',
      explanation: '法律援助帮助的是讨薪、赡养费、人身损害赔偿等几类事。您的事可以先试试下面的办法。',
      nextSteps: ['先找人民调解，免费又快', '拿不准可以打 12348 问问'],
      referrals: [mediation, hotline, lawyer],
    };
  }
  if (meansTest === 'exempt') {
    return {
      ...base,
      outcome: 'exempt',
      canApply: true,
      title: '很可能符合，免予核查经济困难',
      basis: '《法律援助法》第三十一条、第四十二条',
      explanation: '您的事在法律援助范围内，您属于免予核查经济困难状况的人员，带上证明就行。',
      nextSteps: ['在线填写申请', '拍下身份证和证明材料（如低保证、残疾证、工资欠条）'],
      referrals: [hotline],
    };
  }
  if (perCapitaIncome <= incomeStandard) {
    return {
      ...base,
      outcome: 'needs_declaration',
      canApply: true,
      title: '可能符合，需要签经济困难承诺',
      basis: '《法律援助法》第三十一条、第四十一条',
      explanation: `您家每人每月收入约 ${perCapitaIncome} 元，不高于当地标准 ${incomeStandard} 元。申请时如实说明家庭收入，并签《个人诚信承诺》。`,
      nextSteps: ['在线填写申请，如实填写家庭收入和财产', '在申请里勾选个人诚信承诺'],
      referrals: [hotline],
    };
  }
  return {
    ...base,
    outcome: 'outside',
    canApply: false,
    title: '收入高于当地标准，大概不能申请',
    basis: '《法律援助法》第三十一条、第四十一条',
    explanation: `您家每人每月收入约 ${perCapitaIncome} 元，高于当地标准 ${incomeStandard} 元。可以试试下面的办法。`,
    nextSteps: ['能调解的先调解', '打 12348 问清楚再决定要不要请律师'],
    referrals: [mediation, hotline, lawyer],
  };
}
