import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import type { EphiTagRule } from '../engine/ephi.js';
import type { Severity } from '../model/finding.js';
import { UsageError } from './exit-codes.js';

export interface PhiscanConfig {
  readonly version?: 1;
  readonly formats?: readonly string[];
  readonly output?: string;
  readonly failOn?: Severity;
  readonly strict?: boolean;
  readonly checks?: readonly string[];
  readonly skipChecks?: readonly string[];
  readonly requirements?: readonly string[];
  readonly ephiTags?: readonly EphiTagRule[];
  readonly checkOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly severityOverrides?: Readonly<Record<string, Severity>>;
}

const ajv = new Ajv2020({ allErrors: false, strict: true });
const validate = ajv.compile<PhiscanConfig>(schema);

/** Parse and validate a config document; errors name the file and the JSON pointer. */
export function parseConfig(text: string, file: string): PhiscanConfig {
  let doc: unknown;
  try {
    doc = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { prettyErrors: false });
  } catch (err) {
    throw new UsageError(`invalid config ${file}: ${firstLine((err as Error).message)}`);
  }
  if (doc === null || doc === undefined) doc = {};
  if (!validate(doc)) throw new UsageError(`invalid config ${file}: ${describe(validate.errors?.[0])}`);
  return doc;
}

export async function loadConfig(file: string): Promise<PhiscanConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseConfig(text, file);
}

function describe(e: ErrorObject | undefined): string {
  if (!e) return 'does not match the schema';
  const at = e.instancePath || '/';
  if (e.keyword === 'additionalProperties') return `${at}: unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === 'enum') return `${at}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return `${at}: ${e.message ?? 'is invalid'}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
