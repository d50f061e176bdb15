import { type SubscribePurpose, subscribeTemplates, type TemplateIds } from '@contracts/templates';

/** The template id the operator configured for a purpose (the function's environment), if any. */
export function templateIdOf(purpose: SubscribePurpose): string | undefined {
  return process.env[subscribeTemplates[purpose].env]?.trim() || undefined;
}

/** Every configured template id by purpose, as the client needs them before a tap opens WeChat's dialog. */
export function configuredTemplateIds(): TemplateIds {
  const ids: TemplateIds = {};
  for (const purpose of Object.keys(subscribeTemplates) as SubscribePurpose[]) {
    const id = templateIdOf(purpose);
    if (id) ids[purpose] = id;
  }
  return ids;
}
