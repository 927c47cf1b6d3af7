/** Summary of repeated timings, in milliseconds. */
export interface Timings {
  runs: number;
  medianMs: number;
  p95Ms: number;
  totalMs: number;
}

/** Median, 95th percentile and total of a list of durations. */
export function summarise(durations: number[]): Timings {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  return {
    runs: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    totalMs: round(sorted.reduce((total, value) => total + value, 0)),
  };
}

/** Runs `work` `runs` times after `warmup` unmeasured runs and summarises the durations. */
export async function timeRepeatedly(
  runs: number,
  work: (run: number) => unknown,
  warmup = 2,
): Promise<Timings> {
  for (let run = 0; run < warmup; run += 1) await work(run);
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work(run);
    durations.push(performance.now() - started);
  }
  return summarise(durations);
}

/** Duration of one call, in milliseconds. */
export async function timeOnce(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return round(performance.now() - started);
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Runs `work` at least `minRuns` times and then until `budgetMs` is spent or `maxRuns` is
 * reached, for work too slow to repeat a fixed number of times at every scale.
 */
export async function timeWithinBudget(
  budgetMs: number,
  { minRuns, maxRuns }: { minRuns: number; maxRuns: number },
  work: (run: number) => unknown,
): Promise<Timings> {
  const durations: number[] = [];
  const started = performance.now();
  while (
    durations.length < maxRuns &&
    (durations.length < minRuns || performance.now() - started < budgetMs)
  ) {
    const runStarted = performance.now();
    await work(durations.length);
    durations.push(performance.now() - runStarted);
  }
  return summarise(durations);
}

/** The process's peak resident memory so far (the kernel's maxRSS), in MB. */
export function peakMemoryMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
