import type { AreaRef } from '@contracts/area/models';
import { AppError } from '../app-error';
import type { UserDoc } from '../models';
import { type AreaDoc, getArea, refKey, rootArea } from './store';

/**
 * Where a staff member works: their scope node (a town's judicial office its town, a grid worker their
 * grid), or the whole county when none is set. A scope node that was removed from the tree means nothing
 * is visible rather than everything.
 */
export type Scope = { kind: 'county' } | { kind: 'node'; node: AreaDoc } | { kind: 'none' };

export async function scopeOf(user: UserDoc): Promise<Scope> {
  if (!user.scopeAreaId) return { kind: 'county' };
  const node = await getArea(user.scopeAreaId);
  if (!node) return { kind: 'none' };
  if (node.level === 'county') return { kind: 'county' };
  return { kind: 'node', node };
}

/** Whether a record that belongs at `ref` lies inside the scope. */
export function inScope(scope: Scope, ref: AreaRef | undefined): boolean {
  if (scope.kind === 'county') return true;
  if (scope.kind === 'none' || !ref) return false;
  return ref[refKey[scope.node.level]] === scope.node._id;
}

/**
 * The query condition that keeps a list to the scope: records store their `AreaRef` under `field`, so this
 * is one indexed equality (`area.townId == <town>`), or nothing for the county.
 */
export function scopeWhere(scope: Scope, field = 'area'): Record<string, unknown> {
  if (scope.kind === 'county') return {};
  if (scope.kind === 'none') return { [`${field}.countyId`]: '__no_scope__' };
  return { [`${field}.${refKey[scope.node.level]}`]: scope.node._id };
}

/** Refuses a node outside the caller's scope, in words the admin understands. */
export async function nodeInScope(user: UserDoc, areaId: string): Promise<AreaDoc> {
  const node = await getArea(areaId);
  if (!node) throw new AppError('NOT_FOUND', '找不到这个区域');
  if (!inScope(await scopeOf(user), node.ref)) throw new AppError('FORBIDDEN', '这个区域不在您的管理范围内');
  return node;
}

/** The node a scope stands for (the county node itself for county-wide staff), if the tree has it. */
export async function scopeNode(scope: Scope): Promise<AreaDoc | null> {
  if (scope.kind === 'node') return scope.node;
  if (scope.kind === 'county') return rootArea();
  return null;
}
