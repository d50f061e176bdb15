import type { Me } from '@contracts/models';
import type { UserDoc } from '../models';
import { asWriterSees, heldOf } from '../moderation/overlay';
import { toMe } from './user-views';

/** The user as they see themselves: a nickname or village waiting for review shown as theirs, marked. */
export async function ownView(user: UserDoc): Promise<Me> {
  const items = await heldOf([user._id], user.openid);
  if (items.length === 0) return toMe(user);
  const { doc, held } = asWriterSees(user, items, user._id);
  return { ...toMe(doc), held };
}
