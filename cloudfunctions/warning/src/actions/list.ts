import type { warningContract } from '@contracts/functions/warning';
import { scopeOf, scopeWhere } from '@server/areas/scope';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { WarningDoc } from '@server/warnings/models';
import { toWarning } from '@server/warnings/views';

const LIMIT = 100;

/** The warning list of the admin's scope (a town's judicial office sees its town): what waits, most urgent and newest first; or what was done, newest first. */
export const list: Handler<typeof warningContract.list> = async (input, { caller }) => {
  const _ = command();
  const scope = scopeWhere(await scopeOf(caller.user));
  const docs =
    input.tab === 'active'
      ? await findMany<WarningDoc>(
          Collections.warnings,
          { ...scope, status: _.in(['open', 'acknowledged']) },
          {
            orderBy: [
              ['rank', 'desc'],
              ['raisedAt', 'desc'],
            ],
            limit: LIMIT,
          },
        )
      : await findMany<WarningDoc>(
          Collections.warnings,
          { ...scope, status: _.in(['handled', 'cleared']) },
          { orderBy: [['updatedAt', 'desc']], limit: LIMIT },
        );
  return { items: docs.map(toWarning) };
};
