import type { GetAccountAuthorizationDetailsCommandOutput } from '@aws-sdk/client-iam';
import { isBreakGlass } from '../../../src/model/aws/break-glass.js';
import { ADMINISTRATOR_ACCESS_ARN, fullAdminStatements } from '../../../src/model/aws/iam-policy.js';
import type { IamInlinePolicy } from '../../../src/model/types/aws/index.js';
import { arr, parsePolicy, str, tagsOf, type Raw } from '../mappers.js';
import type { UnitContext } from '../unit.js';

type Pages = readonly GetAccountAuthorizationDetailsCommandOutput[];
const raw = (v: readonly unknown[] | undefined): Raw[] => (v ?? []) as Raw[];

/** Does a policy document (URL-encoded JSON as IAM returns it) grant full administrator access? */
export function grantsFullAdmin(doc: unknown): boolean {
  const parsed = typeof doc === 'string' ? parsePolicy(doc) : undefined;
  return parsed !== undefined && fullAdminStatements(parsed).length > 0;
}

/** Do attached managed policies or inline policies of an identity or group grant `*:*`? Customer-managed ones by their default version. */
export function holdsFullAdmin(attached: unknown, inline: unknown, adminPolicies: ReadonlySet<string>): boolean {
  return arr(attached).some((a) => { const arn = str(a.PolicyArn) ?? ''; return ADMINISTRATOR_ACCESS_ARN.test(arn) || adminPolicies.has(arn); }) || arr(inline).some((p) => grantsFullAdmin(p.PolicyDocument));
}

/** ARNs of the customer-managed policies whose default version grants full administrator access. */
export function adminPolicyArns(pages: Pages): Set<string> {
  return new Set(pages.flatMap((p) => raw(p.Policies)).filter((p) => grantsFullAdmin(defaultDocument(p))).map((p) => str(p.Arn) ?? ''));
}

function defaultDocument(p: Raw): unknown {
  return arr(p.PolicyVersionList).find((v) => v.IsDefaultVersion === true || str(v.VersionId) === str(p.DefaultVersionId))?.Document;
}

const inlinePolicies = (v: unknown): IamInlinePolicy[] => arr(v).map((p) => ({ name: str(p.PolicyName) ?? '', document: parsePolicy(str(p.PolicyDocument)) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const attachedArns = (v: unknown): string[] => arr(v).flatMap((a) => str(a.PolicyArn) ?? []).sort();

/**
 * Roles, customer-managed policies and the account's break-glass designations from one
 * GetAccountAuthorizationDetails listing (undefined: the listing failed, so nothing is emitted
 * but the designations, which are then unknown).
 */
export function emitAuthorization(u: UnitContext, pages: Pages | undefined): void {
  const { account } = u.unit;
  const base = { provider: 'aws' as const, account, region: 'global' };
  const designated: string[] = [];
  for (const p of pages?.flatMap((x) => raw(x.Policies)) ?? []) {
    const arn = str(p.Arn) ?? '';
    u.emit({ ...base, type: 'aws.iam.policy', id: arn, name: str(p.PolicyName) ?? arn, tags: undefined, config: { document: parsePolicy(str(defaultDocument(p))), attachmentCount: typeof p.AttachmentCount === 'number' ? p.AttachmentCount : undefined }, source: { kind: 'live', api: 'iam:GetAccountAuthorizationDetails' } });
  }
  for (const r of pages?.flatMap((x) => raw(x.RoleDetailList)) ?? []) {
    const arn = str(r.Arn) ?? `arn:aws:iam::${account}:role/${str(r.RoleName) ?? ''}`;
    const tags = tagsOf(r.Tags);
    if (isBreakGlass(tags)) designated.push(arn);
    u.emit({
      ...base, type: 'aws.iam.role', id: arn, name: str(r.RoleName) ?? arn, tags,
      config: { serviceLinked: (str(r.Path) ?? '/').startsWith('/aws-service-role/'), attachedPolicyArns: attachedArns(r.AttachedManagedPolicies), inlinePolicies: inlinePolicies(r.RolePolicyList), trustPolicy: parsePolicy(str(r.AssumeRolePolicyDocument)) },
      source: { kind: 'live', api: 'iam:GetAccountAuthorizationDetails' },
    });
  }
  for (const r of pages?.flatMap((x) => raw(x.UserDetailList)) ?? []) if (isBreakGlass(tagsOf(r.Tags))) designated.push(str(r.Arn) ?? '');
  u.emit({
    ...base, type: 'aws.iam.emergency-access', id: `arn:aws:iam::${account}:break-glass`, name: 'Emergency (break-glass) access', tags: {},
    config: { designated: pages === undefined ? undefined : [...new Set(designated)].sort() }, source: { kind: 'live', api: 'iam:GetAccountAuthorizationDetails' },
  });
}

/** The user's own attached and inline policies (group ones excluded), from its UserDetailList entry; undefined when it was not read. */
export function directPolicies(detail: Raw | undefined): { attachedPolicyArns: string[] | undefined; inlinePolicyNames: string[] | undefined } {
  if (detail === undefined) return { attachedPolicyArns: undefined, inlinePolicyNames: undefined };
  return { attachedPolicyArns: attachedArns(detail.AttachedManagedPolicies), inlinePolicyNames: inlinePolicies(detail.UserPolicyList).map((p) => p.name) };
}
