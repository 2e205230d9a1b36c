/**
 * What makes a check valid for the engine and every reporter: the rules built-in checks are held
 * to by test/meta/checks.test.ts and user-written checks (`--checks-dir`) by the loader. The JSON
 * report's schema (reports/json/schema.json, `$defs/check`) accepts every check that passes.
 */
import { SEVERITIES, severityRank, type Severity } from '../model/finding.js';
import { isResourceType } from '../model/types/index.js';
import { isRequirementId } from '../nprm/index.js';
import { currentRuleItemForCitation } from '../nprm/current-rule.js';

/** `<provider>-<service>-<shortcode>`: lowercase letters and digits in hyphen-separated words. */
export const CHECK_ID = /^(aws|azure|gcp)-([a-z0-9]+)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** SARIF and the JSON report cap a title at 100 characters. */
export const MAX_TITLE = 100;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isHttps = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
};
const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

/**
 * Every problem with a check object, in a fixed order (empty when it is valid). `taken` holds ids
 * and aliases already in use (built-in and loaded checks): a check may not reuse one.
 */
export function checkProblems(check: unknown, taken: ReadonlySet<string> = new Set()): string[] {
  if (!isObject(check)) return ['is not a check object (export default defineCheck({ meta, evaluate }))'];
  const problems: string[] = [];
  if (typeof check.evaluate !== 'function') problems.push('evaluate must be a function (resource, ctx) => verdict');
  const m = check.meta;
  if (!isObject(m)) return [...problems, 'meta must be an object'];
  const id = m.id;
  const idMatch = typeof id === 'string' ? CHECK_ID.exec(id) : null;
  if (!idMatch) problems.push(`meta.id ${JSON.stringify(id)} must be <provider>-<service>-<shortcode> (aws|azure|gcp, lowercase letters, digits, hyphens)`);
  else {
    if (m.provider !== idMatch[1]) problems.push(`meta.provider must be "${idMatch[1]}" (the id's first word)`);
    if (m.service !== idMatch[2]) problems.push(`meta.service must be "${idMatch[2]}" (the id's second word)`);
    if (taken.has(idMatch[0])) problems.push(`meta.id "${idMatch[0]}" is already the id or an alias of another check`);
  }
  if (m.aliases !== undefined) {
    if (!Array.isArray(m.aliases) || !m.aliases.every(isText)) problems.push('meta.aliases must be an array of strings');
    else for (const a of m.aliases) if (taken.has(a) || a === id) problems.push(`meta.aliases: "${a}" is already the id or an alias of a check`);
  }
  if (!isText(m.title) || m.title.length > MAX_TITLE) problems.push(`meta.title must be a non-empty string of at most ${MAX_TITLE} characters`);
  if (!isSeverity(m.severity)) problems.push(`meta.severity must be one of ${SEVERITIES.join(', ')}`);
  if (m.ephiSeverity !== undefined) {
    if (!isSeverity(m.ephiSeverity)) problems.push(`meta.ephiSeverity must be one of ${SEVERITIES.join(', ')}`);
    else if (isSeverity(m.severity) && severityRank(m.ephiSeverity) > severityRank(m.severity)) problems.push('meta.ephiSeverity must not be lower than meta.severity');
  }
  problems.push(...listProblems(m.resourceTypes, 'meta.resourceTypes', (t) => (isResourceType(t) ? undefined : `unknown resource type "${t}" (see docs/custom-checks.md#resource-types)`)));
  if (Array.isArray(m.resourceTypes) && typeof m.provider === 'string') {
    for (const t of m.resourceTypes as unknown[]) if (typeof t === 'string' && isResourceType(t) && !t.startsWith(`${m.provider}.`)) problems.push(`meta.resourceTypes: "${t}" is not a ${m.provider} type`);
  }
  problems.push(...listProblems(m.requirements, 'meta.requirements', (r) => (isRequirementId(r) ? undefined : `unknown NPRM requirement id "${r}" (see \`phiscan requirements\`)`)));
  // currentRule: the items the check evidences (may be none); currentRuleSupport: the items it only supports.
  const citation = (c: string) => (currentRuleItemForCitation(c) ? undefined : `"${c}" is not a current-rule citation such as "45 CFR 164.312(a)(2)(iv)" (see \`phiscan requirements --rule current\`)`);
  problems.push(...listProblems(m.currentRule, 'meta.currentRule', citation, true));
  if (m.currentRuleSupport !== undefined) problems.push(...listProblems(m.currentRuleSupport, 'meta.currentRuleSupport', citation, true));
  if (!isText(m.rationale)) problems.push('meta.rationale must be a non-empty string');
  const rem = m.remediation;
  if (!isObject(rem)) problems.push('meta.remediation must be an object with summary, console, cli and terraform');
  else for (const k of ['summary', 'console', 'cli', 'terraform'] as const) if (!isText(rem[k])) problems.push(`meta.remediation.${k} must be a non-empty string`);
  if (!Array.isArray(m.references) || !m.references.every(isHttps)) problems.push('meta.references must be an array of https URLs');
  if (m.helpUri !== undefined && !isHttps(m.helpUri)) problems.push('meta.helpUri must be an https URL');
  if (m.defaultOptions !== undefined && !isObject(m.defaultOptions)) problems.push('meta.defaultOptions must be an object');
  if (m.custom !== undefined) problems.push('meta.custom is set by phiscan when it loads the module, not by the check');
  const lookups = check.lookups;
  if (lookups !== undefined) {
    if (!isObject(lookups)) problems.push('lookups must be an object');
    else {
      if (lookups.types !== undefined) problems.push(...listProblems(lookups.types, 'lookups.types', (t) => (isResourceType(t) ? undefined : `unknown resource type "${t}"`)));
      if (lookups.referencedIds !== undefined && typeof lookups.referencedIds !== 'function') problems.push('lookups.referencedIds must be a function');
      if (lookups.networks !== undefined && lookups.networks !== true) problems.push('lookups.networks must be true when given');
    }
  }
  return problems;
}

/** A non-empty array of strings, each judged by `item` (a problem, or undefined when fine). */
function listProblems(v: unknown, name: string, item: (s: string) => string | undefined, mayBeEmpty = false): string[] {
  if (!Array.isArray(v) || (v.length === 0 && !mayBeEmpty) || !v.every((x) => typeof x === 'string')) return [`${name} must be a ${mayBeEmpty ? '' : 'non-empty '}array of strings`];
  return (v).flatMap((s) => {
    const p = item(s);
    return p ? [`${name}: ${p}`] : [];
  });
}
