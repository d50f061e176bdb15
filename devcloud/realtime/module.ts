// STUB: replaced by the realtime module (helper B).
import type { IncomingMessage } from 'node:http';
import type { Caller, DevCloudContext, DevCloudModule, DocumentReader } from '../server/module';

export function createRealtimeModule(
  _ctx: DevCloudContext,
  _reader: DocumentReader,
  _identify: (req: IncomingMessage) => Caller | null,
): DevCloudModule {
  return { name: 'realtime' };
}
