/**
 * A seeded pseudo-random source. The demo data must come out byte-identical for the same seed,
 * so nothing here reads Math.random or the clock: every draw comes from mulberry32, a small
 * 32-bit generator that is fast and good enough for fake business data (not for secrets).
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer between `min` and `max`, both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One value of a non-empty list of `[value, weight]` pairs, in proportion to the weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** A draw from a normal distribution. */
  normal(mean: number, standardDeviation: number): number;
  /** A draw from a log-normal distribution with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number;
}

/** A random source that always yields the same sequence for the same 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const normal = (mean: number, standardDeviation: number): number => {
    // Box–Muller; 1 - next() keeps the logarithm away from zero.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    return mean + standardDeviation * radius * Math.cos(2 * Math.PI * next());
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('random: cannot pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (choices) => pickWeighted(choices, next()),
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
  };
}

/**
 * A 32-bit seed for one independent stream, mixed from the user's seed and stream numbers.
 * Each debtor draws from its own stream, so debtor n is the same whatever the scale asked for.
 */
export function deriveSeed(seed: number, ...streams: number[]): number {
  let hash = mix32(seed >>> 0) ^ mix32(Math.floor(seed / 4_294_967_296) >>> 0);
  for (const stream of streams) hash = mix32((hash ^ mix32(stream >>> 0)) >>> 0);
  return hash >>> 0;
}

function pickWeighted<T>(choices: readonly (readonly [T, number])[], draw: number): T {
  let total = 0;
  for (const [, weight] of choices) total += weight;
  let threshold = draw * total;
  for (const [value, weight] of choices) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new RangeError('random: cannot pick from an empty list');
  return last[0];
}

// The finaliser of MurmurHash3: spreads every input bit over the whole word.
function mix32(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
