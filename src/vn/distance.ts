// String distances that count Unicode code points, unlike DuckDB's (bytes) and naive JS (UTF-16 units):
// levenshtein('ễ', 'e') is 1 here, 3 in DuckDB. Compare the same normal form on both sides (canonicalText
// or foldText): NFD "ễ" is three code points.

function codePoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

/**
 * Levenshtein edit distance (insertions, deletions, substitutions) in code points.
 *
 * @example
 * levenshtein('Nguyễn', 'Nguyen') // 1
 */
export function levenshtein(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const cost = xi === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: Levenshtein plus transposition
 * of two adjacent code points, where no substring is edited twice (so OSA("CA", "ABC") = 3, not 2).
 *
 * @example
 * damerauLevenshtein('Thanh', 'Tahnh') // 1
 */
export function damerauLevenshtein(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  const w = y.length + 1;
  let before = new Int32Array(w);
  let prev = new Int32Array(w);
  let cur = new Int32Array(w);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[y.length];
}

/**
 * Jaro-Winkler similarity in [0, 1] over code points (1 = equal), with the usual prefix scale 0.1 over
 * at most 4 leading code points. Two empty strings are equal (1); one empty string scores 0.
 *
 * @example
 * jaroWinkler('martha', 'marhta') // ≈ 0.961
 */
export function jaroWinkler(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const window = Math.max(0, (Math.max(x.length, y.length) >> 1) - 1);
  const xMatched = new Uint8Array(x.length);
  const yMatched = new Uint8Array(y.length);
  let matches = 0;
  for (let i = 0; i < x.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(y.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!yMatched[j] && x[i] === y[j]) {
        xMatched[i] = 1;
        yMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < x.length; i++) {
    if (!xMatched[i]) continue;
    while (!yMatched[k]) k++;
    if (x[i] !== y[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / x.length + m / y.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
