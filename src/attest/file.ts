import type { ErrorObject } from 'ajv';
import { isMap, isSeq, type Document, type LineCounter } from 'yaml';
import { UsageError } from '../cli/exit-codes.js';
import { readInputFile } from '../lib/input-file.js';
import { parseYamlText } from '../lib/parse-input.js';
import { validator } from '../lib/validators.js';
import { EXCEPTION_PROVISIONS, type ExceptionGroundCitation, type RequirementId } from '../nprm/catalog.js';
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

/** An exception recorded under a ground of the proposed text (docs/attestations.md "Exceptions"). */
export interface RecordedException {
  readonly requirement: RequirementId;
  /** Proposed paragraph of the ground, e.g. `164.312(b)(3)(i)`. */
  readonly ground: ExceptionGroundCitation;
  readonly resources?: readonly string[];
  readonly scope?: AttestationScope;
  readonly checks?: readonly string[];
  readonly compensatingControl: string;
  readonly owner: string;
  /** Calendar date YYYY-MM-DD through which it applies. */
  readonly reviewBy: string;
  readonly note?: string;
}

export interface AttestationsDoc {
  readonly version?: 1;
  readonly attestations: readonly Attestation[];
  readonly exceptions?: readonly RecordedException[];
}

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
  const validate = validator<AttestationsDoc>('attestations');
  // A failed anyOf lists its branches' errors first; the anyOf says what is wrong.
  if (!validate(data)) throw new UsageError(`invalid attestations ${file}: ${describe(validate.errors?.find((x) => x.keyword === 'anyOf') ?? validate.errors?.[0], data, doc, lines)}`);
  data.attestations.forEach((a, i) => {
    const where = entryLabel(i, a.requirement, doc, lines);
    if (!isCalendarDate(a.performed)) throw new UsageError(`invalid attestations ${file}: ${where}: performed "${a.performed}" is not a calendar date (YYYY-MM-DD)`);
    if (a.performed > runDate) throw new UsageError(`invalid attestations ${file}: ${where}: performed ${a.performed} is after the run date ${runDate} (UTC)`);
  });
  (data.exceptions ?? []).forEach((e, i) => {
    const where = entryLabel(i, e.requirement, doc, lines, 'exceptions');
    if (!isCalendarDate(e.reviewBy)) throw new UsageError(`invalid attestations ${file}: ${where}: reviewBy "${e.reviewBy}" is not a calendar date (YYYY-MM-DD)`);
    const grounds = groundsFor(e.requirement);
    if (!grounds.includes(e.ground)) throw new UsageError(`invalid attestations ${file}: ${where}: ground ${e.ground} is not an exception ground for ${e.requirement} (its grounds: ${grounds.join(', ')})`);
  });
  return data;
}

export async function loadAttestations(file: string, runDate: string): Promise<AttestationsDoc> {
  return parseAttestations(await readInputFile(file, 'attestations'), file, runDate);
}

/** The proposed exception grounds for a requirement (none for requirements without exceptions). */
export function groundsFor(requirement: RequirementId): ExceptionGroundCitation[] {
  return EXCEPTION_PROVISIONS.filter((p) => (p.requirements as readonly string[]).includes(requirement)).flatMap((p) => p.grounds.map((g) => g.citation));
}

type List = 'attestations' | 'exceptions';

function entryLabel(index: number, requirement: unknown, doc: Document, lines: LineCounter, list: List = 'attestations'): string {
  const seq = doc.get(list, true);
  const node = isSeq(seq) ? seq.items[index] : undefined;
  const offset = isMap(node) ? node.range?.[0] : undefined;
  const where = [offset === undefined ? undefined : `line ${lines.linePos(offset).line}`, typeof requirement === 'string' ? truncate(requirement) : undefined].filter(Boolean);
  return `${list === 'attestations' ? 'entry' : 'exception'} ${index + 1}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
}

function describe(e: ErrorObject | undefined, data: object, doc: Document, lines: LineCounter): string {
  if (!e) return 'does not match the schema';
  const m = /^\/(attestations|exceptions)\/(\d+)(\/.*)?$/.exec(e.instancePath);
  if (!m) {
    if (e.keyword === 'additionalProperties') return `unknown top-level property "${String(e.params.additionalProperty)}"`;
    if (e.keyword === 'required') return `missing "${String(e.params.missingProperty)}" list`;
    return `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`;
  }
  const list = m[1] as List;
  const index = Number(m[2]);
  const entry = (data as Partial<Record<List, unknown[]>>)[list]?.[index];
  const requirement = entry && typeof entry === 'object' ? (entry as { requirement?: unknown }).requirement : undefined;
  const where = entryLabel(index, requirement, doc, lines, list);
  const field = (m[3] ?? '').slice(1);
  if (list === 'exceptions') {
    if (field === 'requirement' && e.keyword === 'enum') return `${where}: requirement "${truncate(String(requirement))}" has no exception grounds in the proposed text (only encryption-at-rest, encryption-in-transit, mfa, mfa-privilege-change, patch-management)`;
    if (field === 'ground' && e.keyword === 'enum') return `${where}: unknown ground (use a proposed paragraph such as 164.312(b)(3)(i); see docs/attestations.md)`;
    if (e.keyword === 'anyOf') return `${where}: name the "resources" or the "scope" it covers`;
  }
  if (field === 'requirement' && e.keyword === 'enum') return `${where}: unknown requirement id "${truncate(String(requirement))}" (see \`phiscan requirements --rule nprm\`)`;
  if (field === 'performed') return `${where}: performed ${JSON.stringify(entry && typeof entry === 'object' ? (entry as { performed?: unknown }).performed : undefined)} is not a calendar date (YYYY-MM-DD)`;
  if (e.keyword === 'additionalProperties') return `${where}: unknown property "${String(e.params.additionalProperty)}"${field ? ` in ${field}` : ''}`;
  if (e.keyword === 'required') return `${where}: missing "${String(e.params.missingProperty)}"`;
  return `${where}: ${field || 'entry'} ${e.message ?? 'is invalid'}`;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
