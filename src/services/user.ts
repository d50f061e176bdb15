import type { TUpdateProfileInput } from '@contracts/functions/user';
import type { Role } from '@contracts/plain/models';
import { callCloud } from './cloud';

/** The signed-in user's account, and role management for admins. */
export const userApi = {
  login: () => callCloud('user', 'login', {}),
  me: () => callCloud('user', 'me', {}),
  updateProfile: (input: TUpdateProfileInput) => callCloud('user', 'updateProfile', input),
  list: (input: { role?: Role; limit?: number }) => callCloud('user', 'list', input),
  setRole: (input: { userId: string; role: Role }) => callCloud('user', 'setRole', input),
};
