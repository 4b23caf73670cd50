import { AsyncLocalStorage } from 'node:async_hooks';

/** Whether the route handler of the request in progress was called. */
export interface HandlerExecutionState {
  began: boolean;
}

/**
 * Tells the idempotency interceptor whether a failure came before the handler ran (guards are earlier; pipes,
 * e.g. validation) or from the handler itself. `@Idempotent()` wraps the handler so that calling it marks the
 * state of the current async context.
 */
export class HandlerExecution {
  private static readonly storage = new AsyncLocalStorage<HandlerExecutionState>();

  /** Runs `fn` (which calls `next.handle()`) with `state` as the state of everything it triggers. */
  static run<T>(state: HandlerExecutionState, fn: () => T): T {
    return HandlerExecution.storage.run(state, fn);
  }

  /** Marks the current request's handler as started (no-op outside {@link HandlerExecution.run}). */
  static markBegan(): void {
    const state = HandlerExecution.storage.getStore();
    if (state) state.began = true;
  }
}
