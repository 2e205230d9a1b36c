import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { isMap, isSeq, type Document, type LineCounter } from 'yaml';
import schema from '../../schemas/attestations.schema.json' with { type: 'json' };
import { UsageError } from '../cli/exit-codes.js';
import { readInputFile } from '../lib/input-file.js';
import { parseYamlText } from '../lib/parse-input.js';
import type { RequirementId } from '../nprm/catalog.js';
import { isCalendarDate } from './calendar-date.js';

export interface AttestationScope {
  readonly accounts?: readonly string[];
  readonly subscriptions?: readonly string[];
  readonly projects?: readonly string[];
}

/** One attested activity, as written in phiscan-attestations.yaml. */
export interface Attestation {
  readonly requirement: RequirementId;
  /** Calendar date YYYY-MM-DD. */
  readonly performed: string;
  readonly attestedBy: string;
  readonly owner?: string;
  readonly evidence: string;
  readonly scope?: AttestationScope;
  readonly note?: string;
}

export interface AttestationsDoc {
  readonly version?: 1;
  readonly attestations: readonly Attestation[];
}

const ajv = new Ajv2020({ allErrors: false, strict: true });
const validate = ajv.compile<AttestationsDoc>(schema);

/**
 * Parse and validate an attestations document (YAML or JSON). Every problem is one line that
 * names the file, the entry (1-based, with its line and requirement) and what is wrong; a date
 * after `runDate` (the UTC calendar date of the run clock) is rejected: nobody can attest the future.
 */
export function parseAttestations(text: string, file: string, runDate: string): AttestationsDoc {
  const { data, doc, lines } = parseYamlText(text, file, 'invalid attestations');
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`invalid attestations ${file}: expected a mapping with an "attestations" list`);
  }
  if (!validate(data)) throw new UsageError(`invalid attestations ${file}: ${describe(validate.errors?.[0], data, doc, lines)}`);
  data.attestations.forEach((a, i) => {
    const where = entryLabel(i, a.requirement, doc, lines);
    if (!isCalendarDate(a.performed)) throw new UsageError(`invalid attestations ${file}: ${where}: performed "${a.performed}" is not a calendar date (YYYY-MM-DD)`);
    if (a.performed > runDate) throw new UsageError(`invalid attestations ${file}: ${where}: performed ${a.performed} is after the run date ${runDate} (UTC)`);
  });
  return data;
}

export async function loadAttestations(file: string, runDate: string): Promise<AttestationsDoc> {
  return parseAttestations(await readInputFile(file, 'attestations'), file, runDate);
}

function entryLabel(index: number, requirement: unknown, doc: Document, lines: LineCounter): string {
  const seq = doc.get('attestations', true);
  const node = isSeq(seq) ? seq.items[index] : undefined;
  const offset = isMap(node) ? node.range?.[0] : undefined;
  const where = [offset === undefined ? undefined : `line ${lines.linePos(offset).line}`, typeof requirement === 'string' ? truncate(requirement) : undefined].filter(Boolean);
  return `entry ${index + 1}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

function describe(e: ErrorObject | undefined, data: object, doc: Document, lines: LineCounter): string {
  if (!e) return 'does not match the schema';
  const m = /^\/attestations\/(\d+)(\/.*)?$/.exec(e.instancePath);
  if (!m) {
    if (e.keyword === 'additionalProperties') return `unknown top-level property "${String(e.params.additionalProperty)}"`;
    if (e.keyword === 'required') return `missing "${String(e.params.missingProperty)}" list`;
    return `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`;
  }
  const index = Number(m[1]);
  const entry = (data as { attestations?: unknown[] }).attestations?.[index];
  const requirement = entry && typeof entry === 'object' ? (entry as { requirement?: unknown }).requirement : undefined;
  const where = entryLabel(index, requirement, doc, lines);
  const field = (m[2] ?? '').slice(1);
  if (field === 'requirement' && e.keyword === 'enum') return `${where}: unknown requirement id "${truncate(String(requirement))}" (see \`phiscan requirements --rule nprm\`)`;
  if (field === 'performed') return `${where}: performed ${JSON.stringify(entry && typeof entry === 'object' ? (entry as { performed?: unknown }).performed : undefined)} is not a calendar date (YYYY-MM-DD)`;
  if (e.keyword === 'additionalProperties') return `${where}: unknown property "${String(e.params.additionalProperty)}"${field ? ` in ${field}` : ''}`;
  if (e.keyword === 'required') return `${where}: missing "${String(e.params.missingProperty)}"`;
  return `${where}: ${field || 'entry'} ${e.message ?? 'is invalid'}`;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
