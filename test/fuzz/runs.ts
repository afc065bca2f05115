// The one knob for property-test case counts: FUZZ_RUNS (default 200, `npm run fuzz` sets 100000).
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);
/** Counts of cases run per property, printed by `npm run fuzz`. */
export const fuzzCounts = new Map<string, number>();
export function counted<T extends unknown[]>(name: string, fn: (...args: T) => void): (...args: T) => void {
  fuzzCounts.set(name, 0);
  return (...args: T) => {
    fuzzCounts.set(name, (fuzzCounts.get(name) ?? 0) + 1);
    fn(...args);
  };
}
