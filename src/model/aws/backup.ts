import type { BackupPlanConfig } from '../types/aws/backup.js';
import type { Resource } from '../resource.js';

/** Components of an ARN (`arn:partition:service:region:account:resource`); undefined when it is not one. */
export function parseArn(arn: string): { service: string; region: string; account: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { service: parts[2] ?? '', region: parts[3] ?? '', account: parts[4] ?? '' };
}

function globMatches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(value);
}

/**
 * Does an AWS Backup plan's resource selection pick this resource? A selection's resource ARNs
 * (with wildcards) and tag conditions (StringEquals) each select on their own, as ListOfTags and
 * Resources do in a backup selection. undefined = the plan's selections could not be read.
 */
export function planSelects(plan: BackupPlanConfig, r: Resource): boolean | undefined {
  if (plan.selections === undefined) return undefined;
  return plan.selections.some(
    (s) => s.resources.some((p) => globMatches(p, r.id)) || s.tagConditions.some((t) => r.tags !== undefined && r.tags[t.key] === t.value),
  );
}
