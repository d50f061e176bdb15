import { ZApplicationForm } from '@contracts/legal-aid/form';
import { meansTestOf } from '@contracts/legal-aid/means-test';
import type { TPrecheckAnswers } from '@contracts/legal-aid/precheck';
import { precheck } from '../../server/legal-aid/eligibility';
import { activeSteps, missingAnswer, steps } from '../../src/package-legal-aid/pages/apply/steps';
import { idNumberWithCheck } from '../helpers/legal-aid';

const answers: [string, Pick<TPrecheckAnswers, 'matter' | 'situations' | 'groups'>][] = [
  ['Art. 32 situation', { matter: 'other', situations: ['abuse_victim'], groups: [] }],
  ['migrant worker claiming wages', { matter: 'labour', situations: [], groups: ['migrant_worker'] }],
  ['migrant worker claiming support', { matter: 'support', situations: [], groups: ['migrant_worker'] }],
  ['assistance recipient', { matter: 'injury', situations: [], groups: ['assistance_recipient'] }],
  ['no group', { matter: 'support', situations: [], groups: [] }],
];

const complete = {
  name: '李大明',
  sex: '男',
  birthDate: '1950-01-01',
  ethnicity: '汉族',
  idNumber: idNumberWithCheck('32010219500101123'),
  hukou: '东山村',
  phone: '13812345678',
  address: '东山村三组12号',
  partyRole: 'claimant',
  stage: 'not_started',
  otherParty: '某建筑公司',
  summary: '去年在工地干了八个月，老板一直拖欠工资两万元不给。',
  householdSize: 2,
  income: { wages: 0, business: 0, pension: 1200, other: 300 },
  property: '无',
  attachments: [],
};

describe('one means-test rule for the pre-check, the application screens and the submit schema', () => {
  it.each(answers)('%s: the pledge screen shows exactly when submit requires the pledge', (_, a) => {
    const shown = activeSteps(a).some((s) => s.kind === 'pledge');
    const parsed = ZApplicationForm.safeParse({ ...complete, ...a });
    const required = !parsed.success && parsed.error.issues.some((i) => i.path[0] === 'hardshipPledge');
    expect(shown).toBe(required);
    expect(shown).toBe(meansTestOf(a) === 'declaration');
  });

  it.each(answers)('%s: the pre-check outcome follows the same rule', (_, a) => {
    const outcome = precheck({ ...a, householdSize: 1, monthlyIncome: 100 }, 2000).outcome;
    const expected = { none: 'no_means_test', exempt: 'exempt', declaration: 'needs_declaration' };
    expect(outcome).toBe(
      a.matter === 'other' && a.situations.length === 0 ? 'outside' : expected[meansTestOf(a)],
    );
  });
});

describe('each application screen checks its answer by the submit schema', () => {
  const step = (field: string) => steps.find((s) => s.field === field)!;

  it('catches a wrong ID check digit on the ID screen', () => {
    const good = idNumberWithCheck('32010219500101123');
    const wrong = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    expect(missingAnswer(step('idNumber'), { idNumber: wrong })).toBe('身份证号不对，请核对18位号码');
    expect(missingAnswer(step('idNumber'), { idNumber: good })).toBeUndefined();
  });

  it('says what is wrong with a household of 0, and asks for an empty answer', () => {
    expect(missingAnswer(step('householdSize'), { householdSize: 0 })).toBe('至少1人');
    expect(missingAnswer(step('name'), {})).toBe('请先回答这个问题');
    expect(missingAnswer(step('employer'), {})).toBeUndefined();
  });
});
