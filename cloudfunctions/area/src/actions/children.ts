import type { areaContract } from '@contracts/functions/area';
import { AppError } from '@server/app-error';
import { childrenOf, getArea, rootArea } from '@server/areas/store';
import { toAreaNode } from '@server/areas/views';
import type { Handler } from '@server/define-function';

/** Names of places are public (a resident picks their village before anything else); so are boundaries. */
export const children: Handler<typeof areaContract.children> = async (input) => {
  const parent = input.parentId ? await getArea(input.parentId) : await rootArea();
  if (!parent) throw new AppError('NOT_FOUND', input.parentId ? '找不到这个区域' : '还没有设置区域');
  const items = await childrenOf(parent._id);
  return {
    parent: toAreaNode(parent, input.withBoundary),
    items: items.map((a) => toAreaNode(a, input.withBoundary)),
  };
};
