import type { Me, UserSummary } from '@contracts/models';
import type { UserDoc } from '../models';

/** The user as they see themselves: the phone only masked. */
export function toMe(user: UserDoc): Me {
  return {
    id: user._id,
    role: user.role,
    nickname: user.nickname,
    phoneMasked: user.phoneMasked,
    ...(user.areaId ? { areaId: user.areaId } : {}),
    village: user.village,
    ...(user.scopeAreaId ? { scopeAreaId: user.scopeAreaId } : {}),
    createdAt: user.createdAt,
  };
}

/** The user in an admin's list: no contact data at all. */
export function toUserSummary(user: UserDoc): UserSummary {
  return {
    id: user._id,
    role: user.role,
    nickname: user.nickname,
    village: user.village,
    createdAt: user.createdAt,
  };
}
