import type { userContract } from '@contracts/functions/user';
import { villageRef } from '@server/areas/record-area';
import { userAreaOf } from '@server/areas/user-area';
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

/**
 * The nickname is shown to mediators and admins, so a changed one passes content security: risky is
 * refused, review is held (others keep seeing the previous one; the user sees theirs as 审核中). The village
 * is a node of the area tree (`areaId`), so its name is the tree's and needs no check; a village typed in
 * before the tree and still held is dropped.
 */
export const updateProfile: Handler<typeof userContract.updateProfile> = async (input, { caller, now }) => {
  await enforceRateLimit(caller.openid, 'profile', { max: 10, windowMs: 60 * 60 * 1000 }, now);
  const user = caller.user;
  const village = input.areaId ? await villageRef(input.areaId, 'areaId') : undefined;
  const fields =
    input.nickname !== user.nickname ? [{ key: 'nickname', label: '称呼', text: input.nickname }] : [];
  const held = (await screenTexts(caller.openid, TextScene.profile, fields)).has('nickname');
  const _ = command();
  const nickname = held ? user.nickname : input.nickname;
  const patch: Record<string, unknown> = { nickname, updatedAt: now };
  if (village) {
    const area = await userAreaOf({ ...user, areaId: input.areaId });
    // Replaced whole: an update merges objects path by path.
    Object.assign(patch, {
      areaId: input.areaId,
      village: village.name,
      ...(area ? { area: _.set(area) } : {}),
    });
  }
  // No phone keeps the stored one: the form never sees it unmasked, and the village page sends none.
  if (input.phone) {
    patch.phoneEnc = encryptField(input.phone);
    patch.phoneMasked = maskPhone(input.phone);
  }
  await updateById(Collections.users, user._id, patch);
  // A nickname set again to something that passed replaces its held text; a held free-text village is moot.
  await dropHeld(user._id, held ? ['village'] : ['nickname', 'village']);
  if (held) {
    const writer = { id: user._id, openid: caller.openid, name: user.nickname };
    const hold = {
      kind: 'profile',
      targetId: user._id,
      field: 'nickname',
      fieldLabel: '称呼',
      value: input.nickname,
      context: '个人资料',
    } as const;
    await holdText(writer, hold, now);
  }
  const updated: UserDoc = {
    ...user,
    nickname,
    ...(village ? { areaId: input.areaId, village: village.name } : {}),
    phoneEnc: undefined,
    phoneMasked: input.phone ? maskPhone(input.phone) : user.phoneMasked,
    updatedAt: now,
  };
  return ownView(updated);
};
