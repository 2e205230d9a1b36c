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

/** The AWS managed AdministratorAccess policy, in any partition. */
export const ADMINISTRATOR_ACCESS_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/**
 * Actions that let a principal rewrite its own permissions: an Allow that still grants them on
 * every resource can grant itself `*:*`, so a NotAction statement that leaves them in amounts to
 * full administrator access (PowerUserAccess excludes `iam:*` and does not).
 */
const SELF_GRANT = ['iam:AttachRolePolicy', 'iam:AttachUserPolicy', 'iam:PutRolePolicy', 'iam:PutUserPolicy', 'iam:CreatePolicyVersion'];

/**
 * Allow statements granting full administrator access: `Action: "*"` on `Resource: "*"` (AWS
 * Config `iam-policy-no-statements-with-admin-access`), or a `NotAction` on `Resource: "*"`
 * that excludes none of the self-granting IAM actions. Conditions do not narrow the answer: a
 * conditioned `*:*` is still administrator access whenever the condition holds.
 */
export function fullAdminStatements(doc: PolicyDocument): readonly PolicyStatement[] {
  return statements(doc).filter((s) => {
    if (s.Effect !== 'Allow' || s.NotResource !== undefined || !asList(s.Resource).includes('*')) return false;
    if (s.Action !== undefined) return asList(s.Action).includes('*');
    return s.NotAction !== undefined && SELF_GRANT.some((a) => statementCoversAction(s, a));
  });
}

/**
 * Does every Allow statement of a role's trust policy that lets principals assume it require MFA
 * (`aws:MultiFactorAuthPresent` true under Bool)? False when no statement allows assuming it. BoolIfExists
 * does not: the key is absent for long-term access keys, so such a statement also matches without MFA.
 */
export function trustRequiresMfa(trust: PolicyDocument): boolean {
  const allows = statements(trust).filter((s) => s.Effect === 'Allow' && statementCoversAction(s, 'sts:AssumeRole'));
  return allows.length > 0 && allows.every((s) => {
    const cond = s.Condition?.Bool;
    const v = cond ? conditionValue(cond, 'aws:MultiFactorAuthPresent') : undefined;
    return v !== undefined && v.map(String).every((x) => x.toLowerCase() === 'true');
  });
}

/**
 * Condition keys that confine a grant to everyone to a known source: a calling resource or account,
 * the caller's organization or account, a VPC, endpoint or address range. Keys compare
 * case-insensitively, as IAM does.
 */
const CONFINING_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceip'];

/** Values that confine nothing: a bare wildcard, or an address range covering the whole internet. */
const OPEN_VALUES = new Set(['*', '0.0.0.0/0', '::/0']);

function confines(condition: PolicyStatement['Condition']): boolean {
  if (!condition) return false;
  return Object.entries(condition).some(([op, block]) => !/^Not|IfExists$/i.test(op.replace(/^ForAnyValue:|^ForAllValues:/i, '')) && Object.entries(block).some(([key, value]) => {
    if (!CONFINING_KEYS.includes(key.toLowerCase())) return false;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    return values.length > 0 && values.every((x) => !OPEN_VALUES.has(x));
  }));
}

/**
 * Allow statements that grant to anyone (`*`, `{ AWS: '*' }`, or a NotPrincipal) with no condition
 * confining the caller to a source, account, organization, network or address range: the grants
 * that make a resource public.
 */
export function publicGrants(doc: PolicyDocument): readonly PolicyStatement[] {
  return statements(doc).filter((s) => s.Effect === 'Allow' && (isEveryone(s.Principal) || s.NotPrincipal !== undefined) && !confines(s.Condition));
}
