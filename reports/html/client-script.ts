import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The page's client script: `client/main.ts` bundled and minified by esbuild. `npm run build`
 * bundles it once into `client-bundle.cjs` beside the compiled module (scripts/build-assets.mjs),
 * so the package renders HTML without esbuild, a dev dependency; from a checkout (tsx, vitest)
 * it is bundled on first use. esbuild output is deterministic for a given version.
 */
let cached: string | undefined;

const require = createRequire(import.meta.url);
const fromSource = import.meta.url.endsWith('.ts');

/** Bundle `client/main.ts` with esbuild (a dev dependency: at build time, or from a checkout). */
export function bundleClient(): string {
  // From source this module sits next to `client/`; compiled, it sits in dist/reports/html/.
  const entry = fileURLToPath(new URL(fromSource ? './client/main.ts' : '../../../reports/html/client/main.ts', import.meta.url));
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16', 'edge109'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  // The script is inlined: nothing in it may end the element or open an HTML comment.
  if (/<\/script|<!--|<script/i.test(text)) throw new Error('phiscan: the HTML client bundle contains a sequence that cannot be inlined');
  return text.trimEnd();
}

export function clientScript(): string {
  if (cached !== undefined) return cached;
  if (fromSource) return (cached = bundleClient());
  try {
    cached = require('./client-bundle.cjs') as string;
  } catch (err) {
    throw new Error(`phiscan: the HTML client bundle is missing from this build (run \`npm run build\`): ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
  return cached;
}
