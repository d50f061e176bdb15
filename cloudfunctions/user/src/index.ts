import { userContract } from '@contracts/functions/user';
import { defineFunction } from '@server/define-function';
import { list } from './actions/list';
import { login } from './actions/login';
import { me } from './actions/me';
import { setRole } from './actions/set-role';
import { subscribeTemplates } from './actions/subscribe-templates';
import { updateProfile } from './actions/update-profile';

export const main = defineFunction('user', userContract, {
  login,
  me,
  subscribeTemplates,
  updateProfile,
  list,
  setRole,
});
