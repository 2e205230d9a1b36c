import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface MultitoolIssue {
  readonly ruleId: string;
  readonly level: string;
  readonly message: string;
}

/** Port 9 (discard) on loopback: nothing listens there. */
const OFFLINE_PROXY = 'http://127.0.0.1:9';

/**
 * Run Microsoft's SARIF Multitool (`validate --rule-kind "Gh;Sarif"`, the devDependency's
 * self-contained .NET binary) on SARIF text; returns its results. The tool needs a `.sarif`
 * file name and skips files above --max-file-size-in-kb, so the limit is raised.
 */
export function validateSarif(sarif: string): { errors: MultitoolIssue[]; warnings: MultitoolIssue[]; notifications: string[] } {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  const dir = mkdtempSync(join(tmpdir(), 'phiscan-sarif-'));
  const target = join(dir, 'phiscan.sarif');
  const out = join(dir, 'validation.sarif');
  writeFileSync(target, sarif);
  const r = spawnSync(bin, ['validate', '--rule-kind', 'Gh;Sarif', '--max-file-size-in-kb', '1048576', '-o', out, target], {
    encoding: 'utf8',
    // The multitool looks up the log's $schema and rule URIs (json.schemastore.org, github.com). Tests never reach the
    // internet: a proxy on a closed loopback port refuses those requests at once (a hanging resolver cost ~50 s a run).
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', http_proxy: OFFLINE_PROXY, https_proxy: OFFLINE_PROXY, HTTP_PROXY: OFFLINE_PROXY, HTTPS_PROXY: OFFLINE_PROXY, no_proxy: '', NO_PROXY: '' },
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`sarif-multitool exited ${r.status}: ${(r.stderr || r.stdout).slice(0, 2000)}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as {
    runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[]; invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
  };
  const run = log.runs[0]!;
  const issues = (run.results ?? []).map((x) => ({ ruleId: x.ruleId, level: x.level ?? 'warning', message: x.message.text ?? `${x.message.id ?? ''} ${(x.message.arguments ?? []).join(' | ')}` }));
  return {
    errors: issues.filter((i) => i.level === 'error'),
    warnings: issues.filter((i) => i.level === 'warning'),
    notifications: (run.invocations?.[0]?.toolExecutionNotifications ?? []).map((n) => n.message.text),
  };
}
