/**
 * Headless Debian chromium for browser tests and benchmarks, driven by playwright-core.
 * `scripts/ensure-chromium.sh` installs it; `PHISCAN_CHROMIUM` overrides the path.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PHISCAN_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Under CI a missing browser is a failure, not a skip. */
export function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
