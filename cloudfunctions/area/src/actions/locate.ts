import type { areaContract } from '@contracts/functions/area';
import { locate as locatePoint } from '@server/areas/locate';
import { toAreaNode } from '@server/areas/views';
import type { Handler } from '@server/define-function';

export const locate: Handler<typeof areaContract.locate> = async (input) => ({
  path: (await locatePoint(input.point)).map((a) => toAreaNode(a)),
});
