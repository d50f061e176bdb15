// STUB: replaced by the storage module (helper B).
import type { DevCloudContext, DevCloudModule } from '../server/module';

export function createStorageModule(_ctx: DevCloudContext): DevCloudModule {
  return { name: 'storage' };
}
