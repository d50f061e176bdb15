// STUB: replaced by the open API module (helper B).
import type { DevCloudContext, DevCloudModule } from '../server/module';

export interface OpenApiOptions {
  riskyWords?: string[];
}

export function createOpenApiModule(_ctx: DevCloudContext, _options: OpenApiOptions): DevCloudModule {
  return { name: 'openapi' };
}
