/** One line of the benchmark table: a figure beside the limit it could reach in the same run. */
export interface BenchResult {
  id: string;
  label: string;
  scale: number;
  /** The measured figure, in French, as printed (« 12,3 ms médiane, 18,0 ms p95 »). */
  figure: string;
  /** The same work at its limit in the same run, or null when there is none to compare. */
  limit: string | null;
  /** figure ÷ limit (time) or limit ÷ figure (throughput): 1 means at the limit. */
  ratio: number | null;
  /** The target of the issue, in words, and whether it is met. */
  target: string | null;
  met: boolean | null;
  /** Every raw number measured, for the JSON file. */
  raw: Record<string, number | string | null>;
}

/** What a case receives: the demo file of its scale and a scratch folder. */
export interface BenchContext {
  /** The project folder (dist/, assets/ and bench-results/ are under it). */
  root: string;
  scale: number;
  demoFile: string;
  scratch: string;
  today: string;
  /** The hash of the demo generator's sources the cached files were made with. */
  generatorVersion: string;
}

/** A benchmark: what it measures, at which scales, and how. */
export interface BenchCase {
  id: string;
  label: string;
  /** Debtor counts it runs at; the issue names one scale for some figures. */
  scales: number[];
  /** Run in its own process so that its peak memory is its own. */
  isolated: boolean;
  /** Makes the files it reads, in the parent process, so that making them is not measured. */
  prepare?(context: BenchContext): Promise<void>;
  run(context: BenchContext): Promise<BenchResult>;
}
