import type { userContract } from '@contracts/functions/user';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { encryptField, maskPhone } from '@server/crypto';
import { command, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { dropHeld, holdText } from '@server/moderation/hold';
import { screenTexts } from '@server/moderation/screen';
import { enforceRateLimit } from '@server/rate-limit';
import { ownView } from '@server/views/own-profile';

const labels = { nickname: '称呼', village: '村（社区）' } as const;

/**
 * Nickname and village are shown to mediators and admins, so a changed one passes content security: risky
 * is refused, review is held (others keep seeing the previous value; the user sees theirs as 审核中).
 */
export const updateProfile: Handler<typeof userContract.updateProfile> = async (input, { caller, now }) => {
  await enforceRateLimit(caller.openid, 'profile', { max: 10, windowMs: 60 * 60 * 1000 }, now);
  const user = caller.user;
  const changed = (['nickname', 'village'] as const).filter((k) => (input[k] || '') !== (user[k] || ''));
  const fields = changed.map((key) => ({ key, label: labels[key], text: input[key] }));
  const held = await screenTexts(caller.openid, TextScene.profile, fields);
  const keep = (key: 'nickname' | 'village') => held.has(key);
  const _ = command();
  const nickname = keep('nickname') ? user.nickname : input.nickname;
  const village = keep('village') ? user.village : input.village || undefined;
  const patch: Record<string, unknown> = { nickname, updatedAt: now };
  patch.village = village ? village : _.remove();
  if (input.phone) {
    patch.phoneEnc = encryptField(input.phone);
    patch.phoneMasked = maskPhone(input.phone);
  } else {
    patch.phoneEnc = _.remove();
    patch.phoneMasked = _.remove();
  }
  await updateById(Collections.users, user._id, patch);
  // A field set again to something that passed (or back to what others see) replaces its held text.
  await dropHeld(
    user._id,
    Object.keys(labels).filter((k) => !held.has(k)),
  );
  const writer = { id: user._id, openid: caller.openid, name: user.nickname };
  for (const key of held) {
    const value = input[key as 'nickname' | 'village'] ?? '';
    const hold = {
      kind: 'profile',
      targetId: user._id,
      field: key,
      fieldLabel: labels[key as 'nickname'],
      value,
      context: '个人资料',
    } as const;
    await holdText(writer, hold, now);
  }
  const updated: UserDoc = {
    ...user,
    nickname,
    village,
    phoneEnc: undefined,
    phoneMasked: input.phone ? maskPhone(input.phone) : undefined,
    updatedAt: now,
  };
  return ownView(updated);
};
