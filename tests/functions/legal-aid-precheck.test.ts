import settings from '../../server/legal-aid/settings.json';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();
const standard = settings.incomeStandardYuan;

async function precheck(payload: Record<string, unknown>, openid: string | null = 'never-registered') {
  return dataOf<{ outcome: string; canApply: boolean; basis: string; referrals: { name: string }[] }>(
    await app.call(openid, 'legalaid', 'precheck', { householdSize: 2, monthlyIncome: 9000, ...payload }),
  );
}

describe('legalaid.precheck', () => {
  it('needs no registration and no personal data', async () => {
    const res = await precheck({ matter: 'support', monthlyIncome: 1000 });
    expect(res.outcome).toBe('needs_declaration');
  });

  it.each(['martyr_relative', 'heroic_act', 'acquitted_retrial', 'abuse_victim'])(
    'Art. 32 %s: no means test, whatever the income or matter',
    async (situation) => {
      const res = await precheck({ matter: 'other', situations: [situation], monthlyIncome: 50_000 });
      expect(res).toMatchObject({ outcome: 'no_means_test', canApply: true });
      expect(res.basis).toContain('第三十二条');
    },
  );

  it.each([
    ['no_income_vulnerable', 'support'],
    ['assistance_recipient', 'injury'],
    ['migrant_worker', 'labour'],
    ['migrant_worker', 'injury'],
  ])('Art. 42 %s (%s): exempt from the hardship check even with a high income', async (group, matter) => {
    const res = await precheck({ matter, groups: [group], monthlyIncome: 50_000 });
    expect(res).toMatchObject({ outcome: 'exempt', canApply: true });
    expect(res.basis).toContain('第四十二条');
  });

  it('Art. 42(3) covers migrant workers only for wages or work injury', async () => {
    const res = await precheck({ matter: 'support', groups: ['migrant_worker'], monthlyIncome: 50_000 });
    expect(res.outcome).toBe('outside');
  });

  it('compares household income per person with the configured local standard', async () => {
    const at = await precheck({ matter: 'labour', householdSize: 3, monthlyIncome: standard * 3 });
    expect(at.outcome).toBe('needs_declaration');
    const above = await precheck({ matter: 'labour', householdSize: 3, monthlyIncome: standard * 3 + 30 });
    expect(above).toMatchObject({ outcome: 'outside', canApply: false });
    expect(above.referrals.map((r) => r.name).join()).toContain('12348');
  });

  it('sends matters outside Art. 31 to mediation, 12348 or a lawyer', async () => {
    const res = await precheck({ matter: 'other', monthlyIncome: 0 });
    expect(res.outcome).toBe('outside');
    expect(res.basis).toContain('第三十一条');
    expect(res.referrals.map((r) => r.name).join()).toMatch(/调解.*12348.*律师/);
  });

  it('refuses bad answers with a message per field, and a call without identity', async () => {
    const res = await app.call('x', 'legalaid', 'precheck', {
      matter: 'labour',
      householdSize: 0,
      monthlyIncome: -1,
    });
    expect(res.ok ? {} : res.error.fields).toMatchObject({
      householdSize: '至少1人',
      monthlyIncome: '收入不能是负数',
    });
    expect(
      codeOf(
        await app.call(null, 'legalaid', 'precheck', {
          matter: 'labour',
          householdSize: 1,
          monthlyIncome: 0,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
