import { inventoryReporter } from './inventory/index.js';
import { jsonReporter } from './json/index.js';
import { pdfReporter } from './pdf/index.js';
import { junitReporter } from './junit/index.js';
import { markdownReporter } from './markdown/index.js';
import { sarifReporter } from './sarif/index.js';
import type { Reporter } from './types.js';

export type { OutputFile, RenderOptions, Reporter } from './types.js';

/** Every reporter, by format name: an explicit list. */
export const REPORTERS: readonly Reporter[] = [
  jsonReporter,
  sarifReporter,
  inventoryReporter,
  junitReporter,
  markdownReporter,
  pdfReporter,
];

export function reporterFor(format: string): Reporter | undefined {
  return REPORTERS.find((r) => r.format === format);
}
