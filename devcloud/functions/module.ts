// STUB: replaced by the function runner (helper B).
import type { DevCloudContext, DevCloudModule, FunctionInvoker } from '../server/module';

export function createFunctionsModule(
  _ctx: DevCloudContext,
  _options: { poolSize: number },
): DevCloudModule & { invoker: FunctionInvoker } {
  return {
    name: 'functions',
    invoker: { invoke: async () => ({ ok: false, errCode: -1, errMsg: 'stub', durationMs: 0 }) },
  };
}
