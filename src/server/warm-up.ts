// Warming the checker up: its first check loads the tagger and the lexicons (about a second), and a
// new process runs its code interpreted until V8 has optimised it (the first few dozen claims cost
// several times what later ones do). After indexing with no draft open, the server checks a
// made-up sentence at once, then sentences of the sources one per turn of the event loop while no
// draft is open. A draft whose findings all came from the results cache (after a reload) loads
// nothing either, so the first sentence the writer types would pay for it: once a draft's findings
// are out, a cold checker is warmed up while the writer reads.
import type { Groundwork } from "../core/engine";
import { taggerLoaded } from "../core/meaning/tagger";
import { traceStep } from "./trace";

/** A made-up sentence that goes through every stage of the check. */
export const WARM_UP_TEXT = "The company said on Monday that it had not bought 10% of its rival for $5 million in 2020.\n";

/** Checks of source sentences while idle after indexing (half of them a sentence with its figure changed). */
export const WARM_UP_SOURCE_SENTENCES = 40;

/**
 * After indexing: unless `busy()` (a draft is open, or indexing again), the made-up sentence at once
 * (the first draft opened is then checked without loading anything), then the sources' warm-up
 * sentences, one per turn of the event loop so that requests are answered in between, until
 * `busy()`. Resolves to the number of source sentences checked; nothing is kept in the results cache.
 */
export async function warmUpWhileIdle(engine: Groundwork, busy: () => boolean, count = WARM_UP_SOURCE_SENTENCES): Promise<number> {
  if (busy()) return 0;
  traceStep("server", "warm-up-idle");
  engine.checkMarkdown(WARM_UP_TEXT);
  let done = 0;
  for (const text of engine.warmUpTexts(count)) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (busy()) break;
    engine.warmUp(text);
    done++;
  }
  traceStep("server", "warm-up-idle-done", { sentences: done });
  return done;
}

/** After a draft's findings are out, how long to wait before warming a cold checker up. */
const WARM_UP_DELAY_MS = 300;

/** A function to call when findings are out: it warms the checker up soon after, once, if it is cold. */
export function warmUpScheduler(engine: () => Groundwork | undefined, checkerWarm: () => boolean = taggerLoaded): () => void {
  let pending = false;
  return () => {
    if (pending || checkerWarm()) return;
    pending = true;
    const timer = setTimeout(() => {
      pending = false;
      const e = engine();
      if (!e || checkerWarm()) return;
      traceStep("server", "warm-up");
      e.checkMarkdown(WARM_UP_TEXT);
    }, WARM_UP_DELAY_MS);
    timer.unref?.();
  };
}
