import type {
  ActionContract,
  Audience,
  FunctionContract,
  OutputOf,
  ParsedInputOf,
} from '@contracts/contract';
import { type ApiResult, errorMessages } from '@contracts/errors';
import { AppError, isAppError } from './app-error';
import { type Caller, findUserByOpenid, hasRole } from './caller';
import { cloud } from './cloud';
import { withoutInvisible } from './invisible-text';
import type { UserDoc } from './models';
import { badRequestFrom } from './validation';

/** What a handler gets besides its parsed input. Role-restricted actions always have a registered user. */
export interface ActionContext<A extends Audience = Audience> {
  caller: Caller<A extends 'anyone' ? UserDoc | null : UserDoc>;
  /** One clock reading per invocation, so a handler's timestamps agree with each other. */
  now: number;
  /**
   * When the platform stops this invocation (its start plus the function's configured timeout), so work
   * that waits on another invocation (server/idempotency.ts) can answer clearly before being cut off.
   */
  deadline: number;
}

export type Handler<C extends ActionContract> = (
  input: ParsedInputOf<C>,
  ctx: ActionContext<C['audience']>,
) => Promise<OutputOf<C>>;

export type Handlers<F extends FunctionContract> = { [A in keyof F]: Handler<F[A]> };

/** The part of the platform's invocation context a handler needs: the function's configured timeout. */
export interface InvocationContext {
  time_limit_in_ms?: number;
}

/** WeChat's default function timeout, for a context that does not say. */
const DEFAULT_TIME_LIMIT_MS = 3000;

/** Keys the mini-program and WeChat put on an event; anything else is refused. */
const envelopeKeys = new Set(['action', 'payload', 'userInfo']);

/**
 * The one way to write a cloud function: an action map checked against its contracts.
 *
 * 1. The event is `{ action, payload }` (WeChat adds `userInfo`); other keys are refused.
 * 2. The caller is `getWXContext().OPENID`, never anything in the payload.
 * 3. The action's audience is checked against the stored user's role before the payload is looked at.
 * 4. The payload is stripped of invisible characters (server/invisible-text.ts) and parsed strictly; the
 *    handler sees only parsed input.
 * 5. Every failure becomes `{ ok:false, error:{ code, message, fields? } }`; unexpected errors are logged
 *    (without the payload, which may hold personal data) and answered INTERNAL with no stack trace.
 */
export function defineFunction<F extends FunctionContract>(
  name: string,
  contracts: F,
  handlers: Handlers<F>,
) {
  return async function main(event: unknown, context?: InvocationContext): Promise<ApiResult<unknown>> {
    const startedAt = Date.now();
    const limit = context?.time_limit_in_ms;
    const deadline = startedAt + (typeof limit === 'number' && limit > 0 ? limit : DEFAULT_TIME_LIMIT_MS);
    let action = '?';
    try {
      const envelope = readEnvelope(event);
      action = envelope.action;
      const contract = Object.hasOwn(contracts, action) ? contracts[action] : undefined;
      if (!contract) throw new AppError('UNKNOWN_ACTION');
      const { OPENID } = cloud.getWXContext();
      if (!OPENID) throw new AppError('UNAUTHENTICATED');
      const user = await findUserByOpenid(OPENID);
      if (contract.audience !== 'anyone') {
        if (!user) throw new AppError('NOT_REGISTERED');
        if (!hasRole(user, contract.audience)) throw new AppError('FORBIDDEN');
      }
      const parsed = contract.input.safeParse(withoutInvisible(envelope.payload ?? {}));
      if (!parsed.success) throw badRequestFrom(parsed.error);
      const handler = handlers[action] as Handler<ActionContract>;
      const data = await handler(parsed.data, {
        caller: { openid: OPENID, user },
        now: Date.now(),
        deadline,
      });
      return { ok: true, data };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } };
      }
      console.error(`[${name}.${action}] unexpected error`, error instanceof Error ? error.stack : error);
      return { ok: false, error: { code: 'INTERNAL', message: errorMessages.INTERNAL } };
    }
  };
}

function readEnvelope(event: unknown): { action: string; payload?: unknown } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new AppError('BAD_REQUEST');
  const record = event as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => !envelopeKeys.has(k));
  if (extra.length > 0) {
    throw new AppError('BAD_REQUEST', undefined, Object.fromEntries(extra.map((k) => [k, '不支持的字段'])));
  }
  if (typeof record.action !== 'string') throw new AppError('UNKNOWN_ACTION');
  return { action: record.action, payload: record.payload };
}
