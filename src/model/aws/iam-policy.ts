import type { PolicyDocument, PolicyStatement } from '../types/aws/common.js';

/** Pure helpers to reason over raw IAM-style policy documents (bucket, key and vault policies). */

export function statements(doc: PolicyDocument): readonly PolicyStatement[] {
  const s = doc.Statement;
  return isStatementList(s) ? s : [s];
}

function isStatementList(s: PolicyDocument['Statement']): s is readonly PolicyStatement[] {
  return Array.isArray(s);
}

export function asList(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

/** Does the pattern (with `*` and `?` wildcards, case-insensitive as IAM actions are) match the action? */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

export function statementCoversAction(s: PolicyStatement, action: string): boolean {
  if (s.Action !== undefined) return asList(s.Action).some((p) => actionMatches(p, action));
  if (s.NotAction !== undefined) return !asList(s.NotAction).some((p) => actionMatches(p, action));
  return false;
}

/** Principal is everyone: `*` or `{ AWS: '*' }`. */
export function isEveryone(principal: PolicyStatement['Principal']): boolean {
  if (principal === '*') return true;
  if (!principal) return false;
  return asList(principal.AWS).includes('*');
}

/**
 * True when a Deny statement for everyone covers all S3 actions (or `s3:GetObject`/`s3:PutObject`)
 * under the condition `aws:SecureTransport` = false.
 */
export function deniesInsecureTransport(doc: PolicyDocument): boolean {
  return statements(doc).some((s) => {
    if (s.Effect !== 'Deny' || !isEveryone(s.Principal)) return false;
    if (!['s3:GetObject', 's3:PutObject'].every((a) => statementCoversAction(s, a))) return false;
    const cond = s.Condition?.Bool ?? s.Condition?.BoolIfExists;
    const v = cond ? conditionValue(cond, 'aws:SecureTransport') : undefined;
    return v !== undefined && asList(v.map(String)).some((x) => x.toLowerCase() === 'false');
  });
}

function conditionValue(block: Readonly<Record<string, unknown>>, key: string): readonly unknown[] | undefined {
  const hit = Object.entries(block).find(([k]) => k.toLowerCase() === key.toLowerCase());
  if (!hit) return undefined;
  return Array.isArray(hit[1]) ? (hit[1] as unknown[]) : [hit[1]];
}
