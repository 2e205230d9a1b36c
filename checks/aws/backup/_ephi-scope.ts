import { notApplicable, notAssessed, type CheckContext, type Verdict } from '../../../src/engine/check-api.js';
import { backupResourceType, planSelects } from '../../../src/model/aws/backup.js';
import { isType, type Resource } from '../../../src/model/resource.js';

/** The resource types AWS Backup protects that phiscan models. */
export const BACKUP_PROTECTED_TYPES = ['aws.rds.instance', 'aws.rds.cluster', 'aws.ec2.volume', 'aws.efs.file-system', 'aws.dynamodb.table', 'aws.s3.bucket'] as const;

/** Types whose AWS Backup continuous backup (point-in-time recovery) exists: a continuous rule keeps their copies current. */
const CONTINUOUS_TYPES = ['RDS', 'Aurora', 'S3'];

const here = (r: Resource, x: { readonly account: string | undefined; readonly region: string | undefined }) => x.account === r.account && x.region === r.region;

/**
 * The resources in the same account and region that hold ePHI or whose tags could not be read
 * (so might), Aurora members excluded (their cluster is what is backed up).
 */
export function ephiCandidates(anchor: Resource, ctx: CheckContext): Resource[] {
  return BACKUP_PROTECTED_TYPES.flatMap((t) => ctx.inventory.ofType(t))
    .filter((r) => here(anchor, r) && (ctx.isEphi(r) || r.tags === undefined))
    .filter((r) => !(isType(r, 'aws.rds.instance') && r.config.clusterId));
}

/**
 * Which ePHI resources a backup plan selects. A verdict when the plan is out of scope (it
 * selects no ePHI resource) or its scope is unknown; else the resources it does or may select
 * (at least one known ePHI resource it surely selects among them).
 */
export function planEphiScope(plan: Resource<'aws.backup.plan'>, ctx: CheckContext): Verdict | { readonly selected: readonly Resource[] } {
  if (plan.config.selections === undefined) return notAssessed('the plan\'s selections could not be read, so whether it backs up ePHI is unknown', ['config.selections', undefined]);
  const candidates = ephiCandidates(plan, ctx).map((r) => ({ r, selected: planSelects(plan.config, r)?.selected }));
  // Only a known ePHI resource known to be selected puts the plan in scope; a maybe (unreadable tags, a pattern unknown until apply) leaves it unknown.
  const known = candidates.filter((c) => c.selected === true && ctx.isEphi(c.r));
  if (known.length > 0) return { selected: candidates.filter((c) => c.selected !== false).map((c) => c.r) };
  const maybe = candidates.filter((c) => c.selected !== false).map((c) => c.r.id);
  if (maybe.length > 0) return notAssessed(`whether the plan backs up ePHI is unknown: it may select ${maybe.join(', ')} (tags unreadable or selection unknown until apply)`, ['maybeSelected', maybe]);
  const hidden = unreadTypes(plan, ctx);
  if (hidden.length > 0) return notAssessed(`selects no collected ePHI resource, but ${hidden.join(', ')} could not be read in its account and region`, ['gaps', hidden]);
  return notApplicable('selects no resource tagged as holding ePHI in its account and region');
}

/** Protected types a coverage gap hides in the anchor's account and region (S3 is read account-wide). */
export function unreadTypes(anchor: Resource, ctx: CheckContext): string[] {
  const types = new Set<string>();
  for (const g of ctx.gaps) {
    if (g.provider !== 'aws' || (g.account !== undefined && g.account !== anchor.account) || (g.region !== undefined && g.region !== anchor.region && g.region !== 'global')) continue;
    for (const t of g.resourceTypes) if ((BACKUP_PROTECTED_TYPES as readonly string[]).includes(t)) types.add(t);
  }
  return [...types].sort();
}

/** Can continuous backup keep every one of these resources' copies current? */
export function allContinuousCapable(resources: readonly Resource[]): boolean {
  return resources.every((r) => CONTINUOUS_TYPES.includes(backupResourceType(r) ?? ''));
}
