/**
 * The statistics of `npm run bench -- --ab`: the spread of one side's runs, and whether two sides
 * differ by more than their noise.
 *
 * The rule: a two-sided Mann-Whitney U test (the normal approximation, corrected for ties and for
 * continuity), a difference when p < 0.05. It asks only whether one side's runs tend to rank above
 * the other's, so it needs no normal distribution and one slow outlier cannot carry it. It cannot
 * reach p < 0.05 with fewer than 4 runs a side; at 10 a side it finds a shift of about one
 * standard deviation most of the time. Four measures on each page are four tests: now and then
 * one of them passes by chance.
 */

export interface Spread {
  /** Runs that gave a number (a missing audit is left out). */
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation between ranks, as numpy and R's default). */
  q1: number;
  q3: number;
  iqr: number;
}

const numbers = (values: number[]) => values.filter((value) => Number.isFinite(value));

/** The `p` quantile (0 to 1) of `values`, interpolating between the two nearest ranks. */
export function quantile(values: number[], p: number): number {
  const sorted = numbers(values).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

export function spread(values: number[]): Spread {
  const finite = numbers(values);
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  return {
    n: finite.length,
    median: quantile(finite, 0.5),
    min: finite.length ? Math.min(...finite) : NaN,
    max: finite.length ? Math.max(...finite) : NaN,
    q1,
    q3,
    iqr: q3 - q1,
  };
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface UTest {
  /** B's U: the pairs (a, b) with b above a, a tie counting one half. */
  u: number;
  /** The two-sided p-value. */
  p: number;
  /** Which side's runs tend to be higher: 'b' when u is above half the pairs. */
  higher: 'a' | 'b' | 'neither';
}

/** The two-sided Mann-Whitney U test of `b` against `a` (see the rule at the top). */
export function mannWhitneyU(a: number[], b: number[]): UTest {
  const xs = numbers(a);
  const ys = numbers(b);
  const all = [
    ...xs.map((value) => ({ value, side: 'a' })),
    ...ys.map((value) => ({ value, side: 'b' })),
  ];
  all.sort((x, y) => x.value - y.value);
  // Average ranks for ties; each group of t equal values adds t³ - t to the tie correction.
  let rankSumB = 0;
  let ties = 0;
  for (let start = 0; start < all.length;) {
    let end = start;
    while (end + 1 < all.length && all[end + 1]!.value === all[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    const group = all.slice(start, end + 1);
    rankSumB += rank * group.filter((item) => item.side === 'b').length;
    ties += group.length ** 3 - group.length;
    start = end + 1;
  }
  const [na, nb, n] = [xs.length, ys.length, all.length];
  const u = rankSumB - (nb * (nb + 1)) / 2;
  const mean = (na * nb) / 2;
  const variance = n > 1 ? ((na * nb) / 12) * (n + 1 - ties / (n * (n - 1))) : 0;
  const higher = u > mean ? 'b' : u < mean ? 'a' : 'neither';
  if (!(variance > 0)) return { u, p: 1, higher };
  const z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, p: Math.min(1, 2 * (1 - normalCdf(z))), higher };
}

export interface Difference {
  /** B's median minus A's. */
  diff: number;
  p: number;
  verdict: 'B better' | 'B worse' | 'within noise';
}

/** B against A on one measure; `lowerIsBetter` for times, not for scores. */
export function compareSides(a: number[], b: number[], lowerIsBetter: boolean): Difference {
  const test = mannWhitneyU(a, b);
  const diff = spread(b).median - spread(a).median;
  if (test.p >= 0.05 || test.higher === 'neither')
    return { diff, p: test.p, verdict: 'within noise' };
  const bHigherIsBetter = !lowerIsBetter;
  return {
    diff,
    p: test.p,
    verdict: (test.higher === 'b') === bHigherIsBetter ? 'B better' : 'B worse',
  };
}
