/** `npm run bench`: runs every benchmark module and prints its numbers as JSON lines. */
import { run as aws } from './aws.js';
import { run as gcp } from './gcp.js';

const BENCHES: readonly (readonly [string, () => Promise<Record<string, number | string>>])[] = [['aws', aws], ['gcp', gcp]];

for (const [name, bench] of BENCHES) {
  process.stdout.write(`${JSON.stringify({ bench: name, ...(await bench()) })}\n`);
}
