/**
 * Code-unit string order: locale-independent, so every sorted output (findings, gaps, shards,
 * reports) is byte-identical on any machine.
 */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
