import type { SubscribePurpose, TemplateIds } from '@contracts/templates';
import Taro from '@tarojs/taro';
import { callCloud } from './cloud';
import { localSession } from './local-session';

let templateIds: TemplateIds | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the subscribe template ids (the functions' configuration) once per launch. WeChat opens its dialog
 * only synchronously inside a tap, so the ids must be here before the tap: pages that ask call this when they
 * show (`useSubscribeTemplates`). Never throws; a failed load is retried on the next call.
 */
export function loadSubscribeTemplates(): Promise<void> {
  if (templateIds) return Promise.resolve();
  loading ??= callCloud('user', 'subscribeTemplates', {}).then(
    (res) => {
      templateIds = res.templates;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/**
 * The one way the app asks WeChat whether it may send notifications. Call it synchronously at the start of
 * a tap handler, before any `await`: WeChat refuses a dialog opened later ("can only be invoked by user TAP
 * gesture"), and tests/weapp/subscribe-tap.test.ts checks every call site. Purposes whose template id is not
 * loaded or not configured are skipped. In the h5 build the local cloud stands in for WeChat's dialog and
 * grants the credits as a tap on 允许 would. Answers the purposes allowed; never rejects, because everything
 * works without notifications.
 */
export function requestSubscriptions(purposes: SubscribePurpose[]): Promise<SubscribePurpose[]> {
  const ids = templateIds ?? {};
  const asked = purposes.filter((p) => ids[p]);
  if (asked.length === 0) return Promise.resolve([]);
  const tmplIds = asked.map((p) => ids[p] as string);
  const dialog =
    process.env.TARO_ENV === 'weapp'
      ? (Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option) as Promise<unknown>)
      : localDialog(tmplIds);
  return dialog.then(
    (answer) => asked.filter((p) => (answer as Record<string, string>)[ids[p] as string] === 'accept'),
    () => [],
  );
}

/** Asks for notifications where the server needs nothing back (it learns of credit when it sends). */
export function requestNotices(purposes: SubscribePurpose[]): void {
  void requestSubscriptions(purposes);
}

async function localDialog(tmplIds: string[]): Promise<Record<string, string>> {
  if (!localSession.enabled) return {};
  const res = await fetch('/local/subscriptions', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tmplIds }),
  });
  return res.ok ? ((await res.json()) as Record<string, string>) : {};
}
