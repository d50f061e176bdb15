import type { userContract } from '@contracts/functions/user';
import type { Handler } from '@server/define-function';
import { configuredTemplateIds } from '@server/templates';

/** The configured subscribe template ids: the client loads them before a tap, since the dialog cannot wait. */
export const subscribeTemplates: Handler<typeof userContract.subscribeTemplates> = async () => ({
  templates: configuredTemplateIds(),
});
