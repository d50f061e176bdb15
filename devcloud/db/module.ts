// STUB: replaced by the database module (helper A).
import type { DevCloudContext, DevCloudModule, DocumentReader } from '../server/module';

export function createDatabaseModule(_ctx: DevCloudContext): DevCloudModule & { reader: DocumentReader } {
  return { name: 'database', reader: { find: () => [] } };
}
