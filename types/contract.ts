import type { z } from 'zod';
import type { ErrorCode } from './errors';
import type { Role } from './models';

/**
 * Who may call an action. `anyone` means any WeChat user, registered or not (only `user.login` and public
 * reads need it); otherwise the caller must be a registered user holding one of the roles.
 */
export type Audience = 'anyone' | readonly Role[];

/**
 * The contract of one action: the single source for the client's types, the function's validation, the
 * role check and the generated API reference. Inputs are strict objects so unknown keys (an `openid` in
 * particular) are refused, never silently dropped.
 */
export interface ActionContract<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  A extends Audience = Audience,
> {
  summary: string;
  audience: A;
  input: I;
  output: O;
  /** Failures this action can answer besides the ones every action can (BAD_REQUEST, INTERNAL, ...). */
  errors: readonly ErrorCode[];
}

/** Declares an action; the identity function exists so TypeScript keeps the literal types. */
export function defineAction<I extends z.ZodType, O extends z.ZodType, const A extends Audience>(
  contract: ActionContract<I, O, A>,
): ActionContract<I, O, A> {
  return contract;
}

export type FunctionContract = Record<string, ActionContract>;
export type InputOf<C extends ActionContract> = z.input<C['input']>;
export type ParsedInputOf<C extends ActionContract> = z.output<C['input']>;
export type OutputOf<C extends ActionContract> = z.output<C['output']>;
