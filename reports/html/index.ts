import { createHash } from 'node:crypto';
import type { Reporter } from '../types.js';
import { buildNetworkGraph } from '../network-map/graph.js';
import { renderSvg } from '../network-map/svg.js';
import { clientScript } from './client-script.js';
import { renderPage } from './page.js';
import { buildPayload, embedJson } from './payload.js';
import { textSlices } from '../output.js';
import { STYLES } from './styles.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Nothing may load or connect: no default source, the one inline script and stylesheet allowed
 * by hash (no 'unsafe-inline'), no images, no base URL or form target changes.
 */
export function contentSecurityPolicy(script: string, styles: string): string {
  return [`default-src 'none'`, `script-src ${sha256(script)}`, `style-src ${sha256(styles)}`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

/** One self-contained HTML file: inline data, styles and script; works from file://. */
export const htmlReporter: Reporter = {
  format: 'html',
  description: 'Self-contained HTML report: requirement summary, filters, search, finding details, coverage gaps, network map (phiscan.html)',
  render: async (report) => {
    const script = clientScript();
    const data = embedJson(buildPayload(report));
    const { before, after } = renderPage(report, {
      csp: contentSecurityPolicy(script, STYLES),
      styles: STYLES,
      script,
      mapSvg: await renderSvg(buildNetworkGraph(report)),
    });
    // The data in slices of the one string: written as one, the page was flattened into a copy and then encoded whole (two more 16 MB copies at 1M resources).
    const content = function* (): Generator<string> {
      yield before;
      yield* textSlices(data);
      yield after;
    };
    return [{ name: 'phiscan.html', content: content() }];
  },
};
