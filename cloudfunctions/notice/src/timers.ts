import { cloud } from '@server/cloud';

type Job = (now: number) => Promise<unknown>;

/**
 * Routes CloudBase timer events (`{ Type: 'Timer', TriggerName }`, no user) to their job and everything else
 * to the action wrapper. A timer event is trusted only without a WeChat user: a mini-program call always has
 * an OPENID, so a resident sending `{ Type: 'Timer' }` lands in the wrapper, which refuses the unknown keys.
 */
export function withTimerJobs(
  main: (event: unknown) => Promise<unknown>,
  jobs: Record<string, Job>,
): (event: unknown) => Promise<unknown> {
  return async (event: unknown) => {
    const e = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
    const isTimer = e.Type === 'Timer' && typeof e.TriggerName === 'string';
    if (!isTimer || cloud.getWXContext().OPENID) return main(event);
    const name = e.TriggerName as string;
    const job = Object.hasOwn(jobs, name) ? jobs[name] : undefined;
    if (!job) {
      console.error(`[notice] no job for trigger ${name}`);
      return { ok: false };
    }
    return { ok: true, data: await job(Date.now()) };
  };
}
