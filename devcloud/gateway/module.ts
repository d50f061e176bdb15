// STUB: replaced by the h5 gateway (lead).
import type { DevCloudContext, DevCloudModule, FunctionInvoker } from '../server/module';

export interface GatewayOptions {
  h5Dir?: string;
  localSignIn?: boolean;
}

export function createGatewayModule(
  _ctx: DevCloudContext,
  _invoker: FunctionInvoker,
  _options: GatewayOptions,
): DevCloudModule {
  return { name: 'gateway' };
}
