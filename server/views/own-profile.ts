import type { Me } from '@contracts/models';
import { getArea, rootArea } from '../areas/store';
import type { UserDoc } from '../models';
import { asWriterSees, heldOf } from '../moderation/overlay';
import { toMe } from './user-views';

/** Staff see where they work in words: their scope node, or the county for county-wide staff. */
async function scopeNameOf(user: UserDoc): Promise<string | undefined> {
  if (user.role === 'resident') return undefined;
  const node = user.scopeAreaId ? await getArea(user.scopeAreaId) : await rootArea();
  return node?.fullName;
}

/** The user as they see themselves: a nickname waiting for review shown as theirs, marked. */
export async function ownView(user: UserDoc): Promise<Me> {
  const [items, scopeName] = await Promise.all([heldOf([user._id], user.openid), scopeNameOf(user)]);
  const named = scopeName ? { scopeName } : {};
  if (items.length === 0) return { ...toMe(user), ...named };
  const { doc, held } = asWriterSees(user, items, user._id);
  return { ...toMe(doc), ...named, held };
}
