import type { LocalSystem } from './local-system';

/** Calls a function as a demo user, as the mini-program would, and answers its data. */
export async function callAs(
  system: LocalSystem,
  openid: string,
  fn: string,
  action: string,
  payload: object,
): Promise<Record<string, unknown>> {
  const outcome = await system.devcloud.functions.invoker.invoke(fn, { action, payload }, { openid });
  if (!outcome.ok) throw new Error(`${fn}.${action}: ${outcome.errMsg}`);
  const result = outcome.result as {
    ok: boolean;
    data?: Record<string, unknown>;
    error?: { message: string };
  };
  if (!result.ok) throw new Error(`${fn}.${action}: ${result.error?.message}`);
  return result.data ?? {};
}

/**
 * 李大爷 asks 张桂兰 a question and they exchange `count` messages, numbered 第1条 ... so a test can find the
 * oldest and the newest; answers the consultation id.
 */
export async function longChat(system: LocalSystem, count: number, key: string): Promise<string> {
  const { items } = (await callAs(system, 'demo-resident', 'mediator', 'list', {})) as {
    items: { id: string; name: string }[];
  };
  const mediatorId = items.find((m) => m.name === '张桂兰')?.id;
  const c = await callAs(system, 'demo-resident', 'consultation', 'start', {
    disputeType: '邻里',
    description: '隔壁家的树枝伸到我家院子里，落叶堵了排水沟，说了几次都没修剪。',
    mediatorId,
    clientKey: `e2e-${key}`,
  });
  const id = String(c.id);
  for (let i = 1; i <= count; i += 1) {
    const who = i % 2 ? 'demo-mediator-zhang' : 'demo-resident';
    await callAs(system, who, 'message', 'send', {
      consultationId: id,
      clientMsgId: `e2e-${key}-${i}`,
      text: `第${i}条：${i % 2 ? '调解员的话，说得长一点，好让这一屏装不下所有的消息。' : '居民的回答。'}`,
    });
  }
  return id;
}
