import type { FunctionInvoker } from '../../devcloud/server/module';

/** Calls a function as a demo user and answers its data; a refusal stops the seeding with its message. */
type Call = (openid: string, fn: string, action: string, payload: object) => Promise<Record<string, unknown>>;

function caller(invoker: FunctionInvoker): Call {
  return async (openid, fn, action, payload) => {
    const outcome = await invoker.invoke(fn, { action, payload }, { openid });
    if (!outcome.ok) throw new Error(`${fn}.${action}: ${outcome.errMsg}`);
    const result = outcome.result as {
      ok: boolean;
      data?: Record<string, unknown>;
      error?: { message: string };
    };
    if (!result.ok) throw new Error(`${fn}.${action}: ${result.error?.message}`);
    return result.data ?? {};
  };
}

/**
 * A little life for the demo, made through the real functions as the people themselves would: 李大爷 asks
 * 张桂兰 about supporting his mother and she answers; he asks 刘德明 about a drain, which ends resolved by advice
 * and rated; a third question waits in 刘德明's inbox. Runs once, with the demo data.
 */
export async function loadDemoActivity(invoker: FunctionInvoker): Promise<void> {
  const call = caller(invoker);
  const resident = 'demo-resident';
  const { items } = (await call(resident, 'mediator', 'list', {})) as {
    items: { id: string; name: string }[];
  };
  const idOf = (name: string) => items.find((m) => m.name === name)?.id ?? '';
  let seq = 0;
  const say = (openid: string, consultationId: string, text: string) =>
    call(openid, 'message', 'send', {
      consultationId,
      clientMsgId: `demo-msg-${String(++seq).padStart(4, '0')}`,
      text,
    });

  const support = await call(resident, 'consultation', 'start', {
    disputeType: '婚姻家庭',
    description: '我娘八十多了，三个儿子轮流养，老二家这半年一直推说没钱，不肯接老人过去住，该怎么办？',
    mediatorId: idOf('张桂兰'),
    clientKey: 'demo-consult-support',
  });
  await say(
    'demo-mediator-zhang',
    String(support.id),
    '李大爷您好，我是张桂兰。赡养老人是每个子女的义务，不能因为经济困难推脱。',
  );
  await say(
    'demo-mediator-zhang',
    String(support.id),
    '您看这周哪天方便，我约上你们兄弟三个到村调解室一起坐下来谈谈？',
  );

  const drain = await call(resident, 'consultation', 'start', {
    disputeType: '邻里',
    description: '隔壁新修的排水沟把雨水都引到我家院子里，一下雨院子全是积水，说了几次都不管。',
    mediatorId: idOf('刘德明'),
    clientKey: 'demo-consult-drain',
  });
  await say(
    'demo-mediator-liu',
    String(drain.id),
    '我下午去两家看了，排水沟改个方向接到村里的主沟就行，他家已经答应这周改好。',
  );
  await say(resident, String(drain.id), '太好了，谢谢刘主任！');
  await call('demo-mediator-liu', 'consultation', 'close', { consultationId: drain.id, outcome: 'advice' });
  await call(resident, 'consultation', 'rate', { consultationId: drain.id, rating: 5 });

  await call(resident, 'consultation', 'start', {
    disputeType: '房屋宅基地',
    description: '邻居家盖新房，地基比原来往我家这边多占了半米，现在墙都砌起来了，我该找谁？',
    mediatorId: idOf('刘德明'),
    clientKey: 'demo-consult-house',
  });
}
