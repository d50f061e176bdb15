// STUB: replaced by the realtime module (helper B).
import type { DevCloudContext, DevCloudModule, DocumentReader } from '../server/module';

export function createRealtimeModule(_ctx: DevCloudContext, _reader: DocumentReader): DevCloudModule {
  return { name: 'realtime' };
}
