/**
 * The run clock. SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) freezes it,
 * so the same input gives byte-identical reports; otherwise it is the wall clock.
 */
export function runClock(env: NodeJS.ProcessEnv = process.env): () => Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
    const fixed = new Date(Number(epoch) * 1000);
    return () => fixed;
  }
  return () => new Date();
}
