import { Option, type Command } from 'commander';
import { SARIF_NOT_ASSESSED_MODES, type RenderOptions, type SarifNotAssessed } from '../../reports/index.js';
import type { Baseline } from '../../reports/types.js';
import { parseShard, type Shard } from '../engine/shard.js';
import { SEVERITIES, type Severity } from '../model/finding.js';
import type { PhiscanConfig } from './config.js';
import { discoverConfig } from './config.js';
import { parseDuration } from './duration.js';

/** Repeatable, one value each: `--region a --region b` (values may contain commas). */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Repeatable and comma-separated: `--checks a,b --checks c`. */
export function list(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export interface OutputFlags {
  readonly format?: string[];
  readonly output?: string;
  readonly baseline?: string;
  readonly sarifNotAssessed?: SarifNotAssessed;
}

export interface ScanFlags extends OutputFlags {
  readonly failOn?: Severity;
  readonly checks?: string[];
  readonly skipChecks?: string[];
  readonly requirement?: string[];
  readonly config?: string;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly shard?: string;
  readonly timeout?: string;
  readonly suppressions?: string;
  readonly baseline?: string;
  readonly attestations?: string;
  readonly checksDir?: string[];
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'report format, repeatable: json, sarif, html, ... (default: json)', list)
    .option('-o, --output <dir>', 'directory for the reports (default: phiscan-out)')
    // The one --baseline flag: a scan marks failing findings new/unchanged/updated, and reporters (SARIF baselineState) read the same previous run.
    .option('--baseline <file>', 'a previous phiscan JSON report or SARIF log: mark findings new / unchanged / updated / absent against it')
    .addOption(new Option('--sarif-not-assessed <mode>', 'SARIF: omit not-assessed findings from the results (counted in the run; default) or keep them as notes').choices(SARIF_NOT_ASSESSED_MODES));
}

/** What the reporters get from the output flags and the baseline already read. */
export function renderOptionsOf(flags: OutputFlags, baseline: Baseline | undefined): RenderOptions {
  return { ...(baseline ? { baseline } : {}), ...(flags.sarifNotAssessed ? { sarifNotAssessed: flags.sarifNotAssessed } : {}) };
}

export function addScanOptions(cmd: Command): Command {
  return addOutputOptions(cmd)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a failing finding is at least this severe (default: info)').choices(SEVERITIES))
    .option('--checks <ids>', 'run only these check ids (comma-separated, repeatable)', list)
    .option('--skip-checks <ids>', 'skip these check ids (comma-separated, repeatable)', list)
    .option('--requirement <ids>', 'run only checks mapped to these NPRM requirement ids', list)
    .option('-c, --config <file>', 'configuration file (YAML or JSON; schema: schemas/config.schema.json; default: ./phiscan.yaml when present)')
    .option('--strict', 'exit 3 when coverage is incomplete (coverage gaps or not-assessed findings) or nothing was assessed (no finding passed or failed)')
    .option('--shard <I/N>', 'collect only the I-th of N disjoint slices of the work units (merge the N reports with `phiscan merge`)')
    .option('--timeout <duration>', 'bound the whole run, counted from its start (90s, 15m, 1h30m): at the deadline collection stops, unread work units become coverage gaps and the report is written (exit 3); evaluating and writing get a further 10% (at least 30s), past which the run stops with nothing written (exit 3)')
    .option('--suppressions <file>', 'suppressions file (schema: schemas/suppressions.schema.json; default: ./phiscan-suppressions.yaml when present)')
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--attestations <file>', 'attested process evidence with dates (phiscan-attestations.yaml; schema: schemas/attestations.schema.json)')
    .option('--checks-dir <dir>', 'load user-written checks: every .js/.mjs module in DIR default-exporting defineCheck() (repeatable; docs/custom-checks.md)', repeatable);
}

export interface ScanSettings {
  readonly formats: readonly string[];
  readonly output: string;
  readonly failOn: Severity;
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly config: PhiscanConfig;
  /** The config file used (flag or discovered) and its sha256, for the run metadata. */
  readonly configFile?: { readonly path: string; readonly sha256: string };
  readonly shard?: Shard;
  readonly timeoutMs?: number;
  /** Explicit suppressions file (flag or config); discovery of the default name happens later. */
  readonly suppressionsFile?: string;
  readonly baselineFile?: string;
  /** Directories of user-written checks (flag, else config). */
  readonly checksDirs: readonly string[];
}

/** Flags override the config file; the config file overrides the defaults. */
export async function resolveScanSettings(flags: ScanFlags, cwd: string = process.cwd()): Promise<ScanSettings> {
  const loaded = await discoverConfig(flags.config, cwd);
  const config = loaded.config;
  const timeout = flags.timeout ?? config.timeout;
  const suppressionsFile = flags.suppressions ?? config.suppressions;
  const baselineFile = flags.baseline ?? config.baseline;
  return {
    formats: flags.format ?? config.formats ?? ['json'],
    output: flags.output ?? config.output ?? 'phiscan-out',
    failOn: flags.failOn ?? config.failOn ?? 'info',
    strict: flags.strict ?? config.strict ?? false,
    checksDirs: flags.checksDir ?? config.checksDirs ?? [],
    quiet: flags.quiet ?? false,
    config: {
      ...config,
      ...(flags.checks ? { checks: flags.checks } : {}),
      ...(flags.skipChecks ? { skipChecks: flags.skipChecks } : {}),
      ...(flags.requirement ? { requirements: flags.requirement } : {}),
    },
    ...(loaded.file && loaded.sha256 ? { configFile: { path: loaded.file, sha256: loaded.sha256 } } : {}),
    ...(flags.shard !== undefined ? { shard: parseShard(flags.shard) } : {}),
    ...(timeout !== undefined ? { timeoutMs: parseDuration(timeout) } : {}),
    ...(suppressionsFile !== undefined ? { suppressionsFile } : {}),
    ...(baselineFile !== undefined ? { baselineFile } : {}),
  };
}
