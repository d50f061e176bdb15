import { ZAuditEntry } from '@contracts/admin/audit';
import type { auditContract } from '@contracts/functions/audit';
import { Collections } from '@server/collections';
import { command, db, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { AuditLogDoc, UserDoc } from '@server/models';
import { toAuditEntry } from '@server/views/audit-views';
import { viewEach } from '@server/views/view-each';

/** Newest first, filtered in the database; the actors' names come in one more query for the whole page. */
export const list: Handler<typeof auditContract.list> = async (input) => {
  const where: Record<string, unknown> = {};
  if (input.domain) where.action = db().RegExp({ regexp: `^${input.domain}\\.` });
  if (input.actorId) where.actorId = input.actorId;
  const _ = command();
  const range = [
    input.from !== undefined ? _.gte(input.from) : null,
    input.to !== undefined ? _.lt(input.to) : null,
    input.before !== undefined ? _.lt(input.before) : null,
  ].filter((c) => c !== null);
  if (range.length === 1) where.at = range[0];
  if (range.length > 1) where.at = _.and(...range);
  const docs = await findMany<AuditLogDoc>(Collections.auditLogs, where, {
    orderBy: [['at', 'desc']],
    limit: input.limit + 1,
  });
  const page = docs.slice(0, input.limit);
  const ids = [...new Set(page.map((d) => d.actorId))];
  const actors = ids.length
    ? await findMany<UserDoc>(Collections.users, { _id: _.in(ids) }, { limit: ids.length })
    : [];
  const names = new Map(actors.map((u) => [u._id, u.nickname]));
  return {
    items: viewEach('audit.list', page, ZAuditEntry, (d) =>
      toAuditEntry(d, names.get(d.actorId) ?? '已删除的用户'),
    ),
    hasMore: docs.length > input.limit,
  };
};
