/** `npm run bench`: runs every benchmark module and prints its numbers as JSON lines. */
import { run as gcp } from './gcp.js';
import { run as iac } from './iac.js';

const BENCHES: readonly (readonly [string, () => Promise<Record<string, number | string>>])[] = [['gcp', gcp], ['iac', iac]];

for (const [name, bench] of BENCHES) {
  process.stdout.write(`${JSON.stringify({ bench: name, ...(await bench()) })}\n`);
}
