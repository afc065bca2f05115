// Startup trace for `npm run bench:editor`: with GROUNDWORK_TRACE naming a file, the client and the
// server each append one JSON line per step ({ at, who, step, ...detail }; `at` in epoch
// milliseconds, so that times taken in the browser page and in both processes compare), telling
// where the wait between the draft on screen and its first squiggle goes. Without it: nothing.
import { appendFileSync } from "node:fs";

export type TraceWho = "client" | "server";

/** Now, in epoch milliseconds with sub-millisecond precision. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Appends one step to the trace file, if one is set (never throws: a trace must not break the editor). */
export function traceStep(who: TraceWho, step: string, detail: Record<string, unknown> = {}, at = epochNow()): void {
  const file = process.env.GROUNDWORK_TRACE;
  if (!file) return;
  try {
    appendFileSync(file, JSON.stringify({ at: Math.round(at * 10) / 10, who, step, ...detail }) + "\n");
  } catch {
    // an unwritable trace file is the benchmark's problem, not the writer's
  }
}

/** The process's start (its time origin, before its bundle was loaded). */
export function traceProcessStart(who: TraceWho): void {
  traceStep(who, "process", { pid: process.pid }, performance.timeOrigin);
}

/** Traces a server step that ends with `value` (a request answered) and returns it. */
export function traced<T>(step: string, value: T): T {
  traceStep("server", step);
  return value;
}

/**
 * Over node IPC, traces when the server reads a request of one of these methods ("hover-read"):
 * from there to its handler ("hover") it waits for the server; before it, for the client, the
 * transport, or a sentence being checked (nothing is read while one is).
 */
export function traceArrivals(methods: string[]): void {
  if (!process.env.GROUNDWORK_TRACE || !process.send) return;
  process.on("message", (m: { method?: unknown } | undefined) => {
    if (typeof m?.method === "string" && methods.includes(m.method)) traceStep("server", `${m.method.split("/").pop()}-read`);
  });
}
