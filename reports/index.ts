import { htmlReporter } from './html/index.js';
import { jsonReporter } from './json/index.js';
import { networkMapReporter } from './network-map/index.js';
import type { Reporter } from './types.js';

export type { OutputFile, RenderOptions, Reporter } from './types.js';

/** Every reporter, by format name: an explicit list. */
export const REPORTERS: readonly Reporter[] = [
  jsonReporter,
  networkMapReporter,
  htmlReporter,
];

export function reporterFor(format: string): Reporter | undefined {
  return REPORTERS.find((r) => r.format === format);
}
