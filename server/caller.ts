import type { Role } from '@contracts/models';
import { Collections } from './collections';
import { findOne } from './db';
import type { UserDoc } from './models';

/** The caller as the wrapper resolved them: the WeChat identity and the registered user, if any. */
export interface Caller<U extends UserDoc | null = UserDoc | null> {
  openid: string;
  user: U;
}

export function findUserByOpenid(openid: string): Promise<UserDoc | null> {
  return findOne<UserDoc>(Collections.users, { openid });
}

export function hasRole(user: UserDoc | null, roles: readonly Role[]): user is UserDoc {
  return user !== null && roles.includes(user.role);
}
