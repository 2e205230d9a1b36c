import { batched, prettyJsonParts } from '../output.js';
import type { Reporter } from '../types.js';

/**
 * The JSON report, as built: its field order is fixed by the builder, so output is byte-stable.
 * Written in chunks (`JSON.stringify(report, null, 2)` byte for byte): the report of a large
 * estate does not fit in one string.
 */
export const jsonReporter: Reporter = {
  format: 'json',
  description: 'The versioned machine-readable report (schema: reports/json/schema.json)',
  render: (report) => Promise.resolve([{ name: 'phiscan.json', content: batched(withNewline(prettyJsonParts(report))) }]),
};

function* withNewline(parts: Iterable<string>): Generator<string> {
  yield* parts;
  yield '\n';
}
