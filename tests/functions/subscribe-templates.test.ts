import { subscribeTemplates } from '@contracts/templates';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();

describe('user.subscribeTemplates: the template ids come from the functions configuration', () => {
  it('answers every configured id by purpose, even to someone not registered yet', async () => {
    const { templates } = dataOf<{ templates: Record<string, string> }>(
      await app.call('someone-new', 'user', 'subscribeTemplates', {}),
    );
    expect(templates).toEqual(testTemplateIds);
    expect(Object.keys(templates).sort()).toEqual(Object.keys(subscribeTemplates).sort());
  });

  it('refuses a payload with anything in it', async () => {
    expect(codeOf(await app.call('someone-new', 'user', 'subscribeTemplates', { openid: 'x' }))).not.toBe(
      'OK',
    );
  });
});
