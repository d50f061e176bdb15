import { cloud } from './cloud';
import type { InvocationContext } from './define-function';

/** The event CloudBase sends when a timer trigger fires: no action, no user. */
export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time?: string;
}

export type TimerHandlers = Record<string, (now: number) => Promise<unknown>>;

/**
 * Routes timer-trigger events to their job and everything else to the action wrapper. A timer event is
 * only trusted when the invocation has no WeChat user: a mini-program call always carries an OPENID, so a
 * resident sending `{ Type: 'Timer' }` still lands in the wrapper, which refuses the unknown keys.
 */
export function withTimers(
  main: (event: unknown, context?: InvocationContext) => Promise<unknown>,
  jobs: TimerHandlers,
): (event: unknown, context?: InvocationContext) => Promise<unknown> {
  return async (event: unknown, context?: InvocationContext) => {
    if (!isTimerEvent(event) || cloud.getWXContext().OPENID) return main(event, context);
    const job = Object.hasOwn(jobs, event.TriggerName) ? jobs[event.TriggerName] : undefined;
    if (!job) {
      console.error(`[timer] no job for trigger ${event.TriggerName}`);
      return { ok: false };
    }
    return { ok: true, data: await job(Date.now()) };
  };
}

export function isTimerEvent(event: unknown): event is TimerEvent {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Record<string, unknown>;
  return e.Type === 'Timer' && typeof e.TriggerName === 'string';
}
