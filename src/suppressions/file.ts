import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/exit-codes.js';
import { readInputFile } from '../lib/input-file.js';
import { parseJsonOrYaml } from '../lib/parse-input.js';
import { validator } from '../lib/validators.js';

export interface SuppressionEntry {
  readonly check?: string;
  readonly resource?: string;
  readonly fingerprint?: string;
  readonly reason: string;
  readonly owner: string;
  /** `YYYY-MM-DD`: suppresses through the end of that day, UTC. */
  readonly expires: string;
}

export interface SuppressionsFile {
  readonly path: string;
  readonly sha256: string;
  readonly entries: readonly SuppressionEntry[];
}

export const SUPPRESSIONS_FILE_NAME = 'phiscan-suppressions.yaml';

/** Parse and validate; errors are one line naming the file and the entry. */
export function parseSuppressions(text: string, path: string): SuppressionsFile {
  let doc = parseJsonOrYaml(text, path, 'invalid suppressions file');
  if (doc === null || doc === undefined) doc = { suppressions: [] };
  const validate = validator<{ suppressions: SuppressionEntry[] }>('suppressions');
  if (!validate(doc)) {
    // A failed oneOf also lists its branches' errors first; the oneOf says what is wrong.
    const e = validate.errors?.find((x) => x.keyword === 'oneOf') ?? validate.errors?.[0];
    const at = e?.instancePath || '/';
    const detail =
      e?.keyword === 'oneOf' ? 'needs check + resource, or fingerprint (not both resource and fingerprint)'
        : e?.keyword === 'additionalProperties' ? `unknown property "${String(e.params.additionalProperty)}"`
          : e?.keyword === 'pattern' && /\/(reason|owner)$/.test(e.instancePath) ? (e.instancePath.endsWith('reason') ? 'needs at least 3 characters besides whitespace' : 'must not be blank')
          : (e?.message ?? 'does not match the schema');
    throw new UsageError(`invalid suppressions file ${path}: ${at}: ${detail}`);
  }
  doc.suppressions.forEach((s, i) => {
    if (!isCalendarDate(s.expires)) throw new UsageError(`invalid suppressions file ${path}: /suppressions/${i}/expires: "${s.expires}" is not a calendar date`);
  });
  return { path, sha256: createHash('sha256').update(text).digest('hex'), entries: doc.suppressions };
}

export async function loadSuppressions(path: string): Promise<SuppressionsFile> {
  return parseSuppressions(await readInputFile(path, 'suppressions file'), path);
}

/** The explicit file, else `phiscan-suppressions.yaml` in `cwd` when present, else none. */
export async function discoverSuppressions(explicit: string | undefined, cwd: string = process.cwd()): Promise<SuppressionsFile | undefined> {
  if (explicit) return loadSuppressions(explicit);
  const candidate = cwd === process.cwd() ? SUPPRESSIONS_FILE_NAME : join(cwd, SUPPRESSIONS_FILE_NAME);
  return existsSync(candidate) ? loadSuppressions(candidate) : undefined;
}

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
