// Warming the checker up: its first check loads the tagger and the lexicons (about a second). After
// indexing with no draft open, the server checks a made-up sentence at once; a draft whose findings
// all came from the results cache (after a reload) loads nothing either, so the first sentence the
// writer types would pay for it. Once a draft's findings are out, a cold checker is warmed up while
// the writer reads.
import type { Groundwork } from "../core/engine";
import { taggerLoaded } from "../core/meaning/tagger";
import { traceStep } from "./trace";

/** A made-up sentence that goes through every stage of the check. */
export const WARM_UP_TEXT = "The company said on Monday that it had not bought 10% of its rival for $5 million in 2020.\n";

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
