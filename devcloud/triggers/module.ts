// STUB: replaced by the timer triggers module (helper B).
import type { DevCloudContext, DevCloudModule, FunctionInvoker } from '../server/module';

export function createTriggersModule(
  _ctx: DevCloudContext,
  _invoker: FunctionInvoker,
  _options: { schedule: boolean },
): DevCloudModule {
  return { name: 'triggers' };
}
