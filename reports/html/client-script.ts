import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The page's client script: `client/main.ts` bundled and minified by esbuild on first use.
 * The TypeScript source ships with the package (`files`), so the same bundle is produced from a
 * checkout (tsx, vitest) and from `dist`; esbuild output is deterministic for a given version.
 */
let cached: string | undefined;

function entryPoint(): string {
  // From source this module sits next to `client/`; compiled, it sits in dist/reports/html/.
  const relative = import.meta.url.endsWith('.ts') ? './client/main.ts' : '../../../reports/html/client/main.ts';
  return fileURLToPath(new URL(relative, import.meta.url));
}

export function clientScript(): string {
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [entryPoint()],
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
  cached = text.trimEnd();
  return cached;
}
