import { randomBytes } from 'node:crypto';
import { type AreaLevel, childLevel } from '@contracts/area/models';
import type { areaContract } from '@contracts/functions/area';
import { AppError } from '@server/app-error';
import { boundsOf } from '@server/areas/geometry';
import { nodeInScope } from '@server/areas/scope';
import { type AreaDoc, childRef, childrenOf } from '@server/areas/store';
import { toAreaNode } from '@server/areas/views';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';

/**
 * Draws the tree: a new node under a node in the admin's scope, or a new name or boundary for one. The
 * county itself is created by the bureau's first admin (the demo seeds it); the level follows from the
 * parent, so a grid can never sit under a town. Names are unique among siblings.
 */
export const save: Handler<typeof areaContract.save> = async (input, { caller, now }) => {
  const bounds = input.polygon ? boundsOf(input.polygon) : {};
  if (input.id) {
    const node = await nodeInScope(caller.user, input.id);
    await assertNameFree(node.parentId, input.name, node._id);
    const patch = {
      name: input.name,
      ...(input.polygon ? { polygon: input.polygon, ...bounds } : {}),
      updatedAt: now,
    };
    await updateById(Collections.areas, node._id, patch);
    await recordAudit(caller.user, { action: 'area.save', target: node.fullName, targetId: node._id }, now);
    return toAreaNode({ ...node, ...patch });
  }
  if (!input.parentId) throw new AppError('BAD_REQUEST', '请选择上级区域', { parentId: '请选择上级区域' });
  const parent = await nodeInScope(caller.user, input.parentId);
  const level: AreaLevel | null = childLevel[parent.level];
  if (!level) throw new AppError('CONFLICT', '网格下面不能再分');
  await assertNameFree(parent._id, input.name);
  const id = randomBytes(16).toString('hex');
  const doc: AreaDoc = {
    _id: id,
    parentId: parent._id,
    level,
    name: input.name,
    fullName: `${parent.fullName} / ${input.name}`,
    ref: childRef(parent, level, id),
    ...(input.polygon ? { polygon: input.polygon, ...bounds } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await insert(Collections.areas, doc);
  await recordAudit(caller.user, { action: 'area.save', target: doc.fullName, targetId: id }, now);
  return toAreaNode(doc);
};

async function assertNameFree(parentId: string | undefined, name: string, self?: string): Promise<void> {
  if (!parentId) return;
  const clash = (await childrenOf(parentId)).find((c) => c.name === name && c._id !== self);
  if (clash) throw new AppError('CONFLICT', `已有同名区域“${name}”`, { name: '已有同名区域' });
}
