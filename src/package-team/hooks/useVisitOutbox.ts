import type { Visit } from '@contracts/team/models';
import { useEffect, useState } from 'react';
import { flushVisitOutbox, onVisitOutbox, type PendingStamp, pendingStamps } from '@/services/visit-outbox';

/** The stamps waiting on this phone (待补传) and the last one the function accepted. */
export function useVisitOutbox(onSent: (visit: Visit) => void) {
  const [pending, setPending] = useState<PendingStamp[]>(pendingStamps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: subscribe once; onSent reads fresh state itself
  useEffect(() => {
    const off = onVisitOutbox((sent) => {
      setPending([...pendingStamps()]);
      if (sent) onSent(sent);
    });
    void flushVisitOutbox();
    return off;
  }, []);
  return pending;
}
