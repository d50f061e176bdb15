import type { UserDoc } from '../models';
import { nodeInScope, type Scope, scopeOf, scopeWhere } from './scope';

/**
 * The condition that keeps a staff list to what the caller may see, narrowed to a node when one is asked
 * for (a node outside the caller's scope is refused). Records and users store their place under `field`
 * as an AreaRef, so this is one indexed equality, or nothing for the county bureau's whole list.
 */
export async function listScopeWhere(
  user: UserDoc,
  areaId?: string,
  field = 'area',
): Promise<Record<string, unknown>> {
  const scope: Scope = areaId ? { kind: 'node', node: await nodeInScope(user, areaId) } : await scopeOf(user);
  if (scope.kind === 'node' && scope.node.level === 'county') return {};
  return scopeWhere(scope, field);
}
