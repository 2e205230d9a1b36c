import type { Reporter } from '../types.js';

/** The JSON report, as built: its field order is fixed by the builder, so output is byte-stable. */
export const jsonReporter: Reporter = {
  format: 'json',
  description: 'The versioned machine-readable report (schema: reports/json/schema.json)',
  render: (report) => Promise.resolve([{ name: 'phiscan.json', content: `${JSON.stringify(report, null, 2)}\n` }]),
};
