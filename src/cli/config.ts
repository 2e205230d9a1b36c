import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { EphiTagRule } from '../engine/ephi.js';
import { readInputFile } from '../lib/input-file.js';
import { parseJsonOrYaml } from '../lib/parse-input.js';
import { validator } from '../lib/validators.js';
import type { Severity } from '../model/finding.js';
import { UsageError } from './exit-codes.js';

/** Scope per provider, as data; a provider's input flags replace its scope here. */
export interface ConfigScope {
  readonly aws?: {
    readonly accounts?: readonly string[];
    readonly organization?: boolean;
    readonly roleName?: string;
    readonly externalId?: string;
    readonly profile?: string;
    readonly regions?: readonly string[];
  };
  readonly azure?: {
    readonly subscriptions?: readonly string[];
    readonly managementGroup?: string;
    readonly all?: boolean;
  };
  readonly gcp?: {
    readonly projects?: readonly string[];
    readonly folder?: string;
    readonly organization?: string;
  };
}

export interface PhiscanConfig {
  readonly version?: 1;
  readonly scope?: ConfigScope;
  readonly formats?: readonly string[];
  readonly output?: string;
  readonly failOn?: Severity;
  readonly strict?: boolean;
  readonly timeout?: string;
  readonly suppressions?: string;
  readonly baseline?: string;
  readonly checks?: readonly string[];
  readonly skipChecks?: readonly string[];
  readonly requirements?: readonly string[];
  readonly ephiTags?: readonly EphiTagRule[];
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly severityOverrides?: Readonly<Record<string, Severity>>;
  /** Directories of user-written checks, like `--checks-dir` (relative to the working directory). */
  readonly checksDirs?: readonly string[];
}

/** Parse and validate a config document; errors name the file and the JSON pointer. */
export function parseConfig(text: string, file: string): PhiscanConfig {
  let doc = parseJsonOrYaml(text, file, 'invalid config');
  if (doc === null || doc === undefined) doc = {};
  const validate = validator<PhiscanConfig>('config');
  if (!validate(doc)) throw new UsageError(`invalid config ${file}: ${describe(validate.errors?.[0])}`);
  return doc;
}

export async function loadConfig(file: string): Promise<PhiscanConfig> {
  return (await loadConfigFile(file)).config;
}

/** The names `phiscan` looks for in the working directory when no `--config` is given, in order. */
export const CONFIG_FILE_NAMES = ['phiscan.yaml', 'phiscan.yml', 'phiscan.json'] as const;

export interface LoadedConfig {
  readonly config: PhiscanConfig;
  /** The file it came from, undefined when none was given or found. */
  readonly file?: string;
  /** sha256 of the file's bytes, for the run metadata (which config judged this run). */
  readonly sha256?: string;
}

async function loadConfigFile(file: string): Promise<LoadedConfig & { file: string }> {
  const text = await readInputFile(file, 'config');
  return { config: parseConfig(text, file), file, sha256: createHash('sha256').update(text).digest('hex') };
}

/** `--config FILE`, else the first of CONFIG_FILE_NAMES in `cwd`, else no config. */
export async function discoverConfig(explicit: string | undefined, cwd: string = process.cwd()): Promise<LoadedConfig> {
  if (explicit) return loadConfigFile(explicit);
  const found = CONFIG_FILE_NAMES.find((name) => existsSync(join(cwd, name)));
  // Relative to the working directory: the report records `phiscan.yaml`, not a home directory path.
  return found ? loadConfigFile(cwd === process.cwd() ? found : join(cwd, found)) : { config: {} };
}

function describe(e: ErrorObject | undefined): string {
  if (!e) return 'does not match the schema';
  const at = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${at}: unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') return `${at}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return `${at}: ${e.message ?? 'is invalid'}`;
}
