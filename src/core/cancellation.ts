// Cancelling long work of the core (a check of a long draft) from outside. The token is the
// smallest shape that LSP's CancellationToken also has, so the server passes its tokens as they are.

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Thrown by a cancelled check: it stopped early and has no results. */
export class CheckCancelledError extends Error {
  constructor() {
    super("check cancelled");
    this.name = "CheckCancelledError";
  }
}

export function isCheckCancelled(e: unknown): e is CheckCancelledError {
  return e instanceof CheckCancelledError;
}

/** A token the owner cancels; its holders only read it. */
export class CancellationSource implements CancellationToken {
  private cancelled = false;

  get isCancellationRequested(): boolean {
    return this.cancelled;
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/**
 * Resolves on a later turn of the event loop, after pending I/O callbacks (incoming requests) ran:
 * setImmediate runs after the poll phase, a resolved promise would not let them in.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
