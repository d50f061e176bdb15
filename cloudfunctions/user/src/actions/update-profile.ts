import type { userContract } from '@contracts/functions/user';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { checkText, TextScene } from '@server/content-security';
import { encryptField, maskPhone } from '@server/crypto';
import { command, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { enforceRateLimit } from '@server/rate-limit';
import { toMe } from '@server/views/user-views';

/** A nickname is shown to mediators and admins, so it passes content security; a held one is refused. */
export const updateProfile: Handler<typeof userContract.updateProfile> = async (input, { caller, now }) => {
  await enforceRateLimit(caller.openid, 'profile', { max: 10, windowMs: 60 * 60 * 1000 }, now);
  if (input.nickname !== caller.user.nickname) {
    const verdict = await checkText(caller.openid, input.nickname, TextScene.profile);
    if (verdict === 'review')
      throw new AppError('CONTENT_REVIEW', '这个称呼需要人工审核，请换一个', { nickname: '请换一个称呼' });
  }
  const _ = command();
  const patch: Record<string, unknown> = { nickname: input.nickname, updatedAt: now };
  patch.village = input.village ? input.village : _.remove();
  if (input.phone) {
    patch.phoneEnc = encryptField(input.phone);
    patch.phoneMasked = maskPhone(input.phone);
  } else {
    patch.phoneEnc = _.remove();
    patch.phoneMasked = _.remove();
  }
  await updateById(Collections.users, caller.user._id, patch);
  const updated: UserDoc = {
    ...caller.user,
    nickname: input.nickname,
    village: input.village || undefined,
    phoneEnc: undefined,
    phoneMasked: input.phone ? maskPhone(input.phone) : undefined,
    updatedAt: now,
  };
  return toMe(updated);
};
