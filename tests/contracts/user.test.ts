import { ZSetRoleInput, ZUpdateProfileInput } from '@contracts/functions/user';

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('ZUpdateProfileInput', () => {
  it('accepts a nickname alone and trims it', () => {
    expect(ZUpdateProfileInput.parse({ nickname: '  李大爷 ' })).toEqual({ nickname: '李大爷' });
  });

  it('explains each bad field in Chinese', () => {
    const res = ZUpdateProfileInput.safeParse({ nickname: '', phone: '1381234', areaId: '' });
    expect(messages(res)).toEqual({
      nickname: '请填写称呼',
      phone: '请输入11位手机号',
      areaId: '缺少编号',
    });
  });

  it('takes mainland mobile numbers only', () => {
    expect(ZUpdateProfileInput.safeParse({ nickname: 'a', phone: '13812345678' }).success).toBe(true);
    expect(ZUpdateProfileInput.safeParse({ nickname: 'a', phone: '12812345678' }).success).toBe(false);
    expect(ZUpdateProfileInput.safeParse({ nickname: 'a', phone: '138123456789' }).success).toBe(false);
  });
});

describe('ZSetRoleInput', () => {
  it('knows the four roles only', () => {
    expect(ZSetRoleInput.safeParse({ userId: 'u1', role: 'mediator' }).success).toBe(true);
    expect(ZSetRoleInput.safeParse({ userId: 'u1', role: 'superuser' }).success).toBe(false);
  });
});
