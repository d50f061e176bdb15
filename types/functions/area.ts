import { z } from 'zod';
import { ZAreaNode, ZPoint, ZPolygon } from '../area/models';
import { defineAction } from '../contract';
import { everyRole, ZId, ZUserSummary } from '../models';

const ZAreaName = z.string().trim().min(1, '请填写名称').max(30, '名称不超过30个字');

export const ZAreaListInput = z.strictObject({
  /** Omitted: the county (the root). */
  parentId: ZId.optional(),
  withBoundary: z.boolean().default(false),
});

export const ZLocateInput = z.strictObject({ point: ZPoint });

export const ZSaveAreaInput = z.strictObject({
  /** Omitted: a new node under `parentId`. */
  id: ZId.optional(),
  parentId: ZId.optional(),
  name: ZAreaName,
  polygon: ZPolygon.optional(),
});

export const ZSetScopeInput = z.strictObject({ userId: ZId, areaId: ZId });

/** The `area` function: the one area tree (county → town → village → grid) and staff scopes. */
export const areaContract = {
  children: defineAction({
    summary: '区域树：某节点（默认县）的下级节点，可带边界；居民选择所在村（社区）也用它',
    audience: 'anyone',
    input: ZAreaListInput,
    output: z.object({ parent: ZAreaNode, items: z.array(ZAreaNode) }),
    errors: ['NOT_FOUND'],
  }),
  locate: defineAction({
    summary: '按位置（GCJ-02）找到所在的镇（街道）、村（社区）和网格；不在任何村内时只给出县',
    audience: everyRole,
    input: ZLocateInput,
    output: z.object({ path: z.array(ZAreaNode) }),
    errors: [],
  }),
  save: defineAction({
    summary: '管理员在自己的范围内新建或修改区域节点（名称、边界）',
    audience: ['admin'],
    input: ZSaveAreaInput,
    output: ZAreaNode,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  setScope: defineAction({
    summary: '管理员把工作人员的工作范围设为自己范围内的某个节点（司法所看本镇，县局看全县）',
    audience: ['admin'],
    input: ZSetScopeInput,
    output: ZUserSummary.extend({ scopeAreaId: ZId, scopeName: z.string() }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
};
