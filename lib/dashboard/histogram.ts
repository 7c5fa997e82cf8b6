// Percentiles of time to answer from a histogram of whole days (bucket i = i days; the
// last bucket holds "that many or more"), exactly as PostgreSQL's percentile_cont would
// compute them over the cases' day values: the value at position p × (n − 1), linear
// between the two neighbouring values. Pure.

/** The p-th percentile (0..1) of the values counted in `histogram`; null when it is empty. */
export function histogramPercentile(histogram: readonly number[], p: number): number | null {
  const n = histogram.reduce((sum, c) => sum + c, 0);
  if (n <= 0) return null;
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const low = valueAtRank(histogram, lower);
  const high = valueAtRank(histogram, Math.ceil(position));
  return low + (position - lower) * (high - low);
}

/** The value of the rank-th smallest (0-based) value counted. */
function valueAtRank(histogram: readonly number[], rank: number): number {
  let seen = 0;
  for (let value = 0; value < histogram.length; value++) {
    seen += histogram[value]!;
    if (seen > rank) return value;
  }
  return histogram.length - 1;
}
