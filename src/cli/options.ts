import { Option, type Command } from 'commander';
import { SEVERITIES, type Severity } from '../model/finding.js';
import type { PhiscanConfig } from './config.js';
import { loadConfig } from './config.js';

/** Repeatable and comma-separated: `--checks a,b --checks c`. */
export function list(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export interface OutputFlags {
  readonly format?: string[];
  readonly output?: string;
  readonly baseline?: string;
}

export interface ScanFlags extends OutputFlags {
  readonly failOn?: Severity;
  readonly checks?: string[];
  readonly skipChecks?: string[];
  readonly requirement?: string[];
  readonly config?: string;
  readonly strict?: boolean;
  readonly quiet?: boolean;
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'report format, repeatable: json, sarif, html, ... (default: json)', list)
    .option('-o, --output <dir>', 'directory for the reports (default: phiscan-out)')
    .option('--baseline <file>', 'a previous phiscan SARIF or JSON report: SARIF results get baselineState new/unchanged/updated/absent');
}

export function addScanOptions(cmd: Command): Command {
  return addOutputOptions(cmd)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a failing finding is at least this severe (default: info)').choices(SEVERITIES))
    .option('--checks <ids>', 'run only these check ids (comma-separated, repeatable)', list)
    .option('--skip-checks <ids>', 'skip these check ids (comma-separated, repeatable)', list)
    .option('--requirement <ids>', 'run only checks mapped to these NPRM requirement ids', list)
    .option('-c, --config <file>', 'configuration file (YAML or JSON; schema: schemas/config.schema.json)')
    .option('--strict', 'exit 3 when coverage is incomplete (coverage gaps or not-assessed findings)')
    .option('-q, --quiet', 'no summary line on stderr');
}

export interface ScanSettings {
  readonly formats: readonly string[];
  readonly output: string;
  readonly failOn: Severity;
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly config: PhiscanConfig;
}

/** Flags override the config file; the config file overrides the defaults. */
export async function resolveScanSettings(flags: ScanFlags): Promise<ScanSettings> {
  const config = flags.config ? await loadConfig(flags.config) : {};
  return {
    formats: flags.format ?? config.formats ?? ['json'],
    output: flags.output ?? config.output ?? 'phiscan-out',
    failOn: flags.failOn ?? config.failOn ?? 'info',
    strict: flags.strict ?? config.strict ?? false,
    quiet: flags.quiet ?? false,
    config: {
      ...config,
      ...(flags.checks ? { checks: flags.checks } : {}),
      ...(flags.skipChecks ? { skipChecks: flags.skipChecks } : {}),
      ...(flags.requirement ? { requirements: flags.requirement } : {}),
    },
  };
}
