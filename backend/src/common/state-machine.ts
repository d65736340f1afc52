import { HttpStatus } from '@nestjs/common';
import { AppError } from './app-error';

/**
 * A tiny typed lifecycle: a transition table `{ FROM: [allowed TO…] }` and a guard that refuses
 * anything else, so an illegal transition is impossible rather than merely unlikely. Every state
 * must appear as a key (a final state lists no targets), and every target must be a state: the
 * compiler checks both.
 *
 *   const orderStates = defineStateMachine({ NEW: ['PAID', 'CANCELLED'], PAID: ['SHIPPED'], SHIPPED: [], CANCELLED: [] });
 *   orderStates.assertTransition(order.status, 'PAID'); // AppError 409 INVALID_TRANSITION when not allowed
 *
 * A self-transition (PENDING → PENDING, e.g. editing a pending application) is allowed only when
 * the table lists it.
 */
/** States are inferred from the keys only (NoInfer), so a target that is not a key is a compile error. */
export type TransitionTable<S extends string> = { readonly [K in S]: readonly NoInfer<S>[] };

export interface StateMachineOptions<S extends string> {
  /** Chinese names of the states, used in the error message (the code is used when missing). */
  labels?: Partial<Record<NoInfer<S>, string>>;
  /** What the lifecycle belongs to, e.g. 供应商; used in the error message. */
  subject?: string;
}

export interface StateMachine<S extends string> {
  readonly states: readonly S[];
  /** The states reachable in one step from `from`. */
  next(from: S): readonly S[];
  canTransition(from: S, to: S): boolean;
  /** Throws AppError 409 INVALID_TRANSITION (details: {from, to}) when `from → to` is not in the table. */
  assertTransition(from: S, to: S): void;
  /** The error assertTransition throws, for callers with extra rules (e.g. an action allowed from fewer states). */
  error(from: S, to: S, message?: string): AppError;
}

export function defineStateMachine<S extends string>(table: TransitionTable<S>, opts: StateMachineOptions<S> = {}): StateMachine<S> {
  const states = Object.keys(table) as S[];
  const label = (s: S) => opts.labels?.[s] ?? s;
  const next = (from: S): readonly S[] => (Object.prototype.hasOwnProperty.call(table, from) ? table[from] : []);
  const canTransition = (from: S, to: S) => next(from).includes(to);
  const error = (from: S, to: S, message?: string): AppError => {
    const what = opts.subject ?? '';
    const text = message ?? (from === to ? `${what}当前为「${label(from)}」状态，不能执行此操作` : `${what}不能从「${label(from)}」变为「${label(to)}」`);
    return new AppError(HttpStatus.CONFLICT, 'INVALID_TRANSITION', text, { from, to });
  };
  return {
    states,
    next,
    canTransition,
    error,
    assertTransition(from: S, to: S): void {
      if (!canTransition(from, to)) throw error(from, to);
    },
  };
}
