import { htmlReporter } from './html/index.js';
import { inventoryReporter } from './inventory/index.js';
import { jsonReporter } from './json/index.js';
import { pdfReporter } from './pdf/index.js';
import { junitReporter } from './junit/index.js';
import { markdownReporter } from './markdown/index.js';
import { networkMapReporter } from './network-map/index.js';
import { sarifReporter } from './sarif/index.js';
import type { Reporter } from './types.js';

export { SARIF_NOT_ASSESSED_MODES, type OutputChunk, type OutputContent, type OutputFile, type RenderOptions, type Reporter, type SarifNotAssessed, type WholeOutputFile } from './types.js';
export { materialize, materializeAll } from './output.js';

/** Every reporter, by format name: an explicit list. */
export const REPORTERS: readonly Reporter[] = [
  jsonReporter,
  sarifReporter,
  htmlReporter,
  networkMapReporter,
  inventoryReporter,
  junitReporter,
  markdownReporter,
  pdfReporter,
];

export function reporterFor(format: string): Reporter | undefined {
  return REPORTERS.find((r) => r.format === format);
}
