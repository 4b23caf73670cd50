/**
 * A declarative state machine: a table of allowed transitions plus optional guards that return an error code.
 * Orders, escrow and disputes each declare theirs; every successful transition is then recorded with an
 * outbox event by the caller.
 */
export interface StateMachineDefinition<S extends string, C = void> {
  /** For each state, the states it may move to. Final states map to an empty list. */
  transitions: { readonly [K in S]: readonly S[] };
  /** Guards run after the table allows a move; a returned string is the refusal's error code. */
  guards?: ReadonlyArray<(from: S, to: S, context: C) => string | undefined>;
}

/** Why a transition was refused. */
export class TransitionRefused extends Error {
  override name = 'TransitionRefused';
  constructor(
    readonly from: string,
    readonly to: string,
    readonly code: string,
  ) {
    super(`cannot move from ${from} to ${to}: ${code}`);
  }
}

export class StateMachine<S extends string, C = void> {
  constructor(private readonly definition: StateMachineDefinition<S, C>) {}

  /** Whether `from → to` is allowed (table and guards). */
  check(from: S, to: S, context: C): { ok: true } | { ok: false; code: string } {
    if (!this.definition.transitions[from].includes(to)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED' };
    for (const guard of this.definition.guards ?? []) {
      const code = guard(from, to, context);
      if (code) return { ok: false, code };
    }
    return { ok: true };
  }

  /** Throws {@link TransitionRefused} unless `from → to` is allowed. */
  assert(from: S, to: S, context: C): void {
    const r = this.check(from, to, context);
    if (!r.ok) throw new TransitionRefused(from, to, r.code);
  }

  /** States with no way out. */
  finalStates(): S[] {
    return (Object.keys(this.definition.transitions) as S[]).filter((s) => this.definition.transitions[s].length === 0);
  }

  isFinal(state: S): boolean {
    return this.definition.transitions[state].length === 0;
  }
}
