import type { BackupPlanConfig, BackupSelection, BackupTagCondition } from '../types/aws/backup.js';
import type { Resource } from '../resource.js';

/** AWS Backup runs a rule without a schedule expression daily at 05:00 UTC (BackupRuleInput ScheduleExpression). */
export const BACKUP_DEFAULT_SCHEDULE = 'cron(0 5 ? * * *)';

/** Components of an ARN (`arn:partition:service:region:account:resource`); undefined when it is not one. */
export function parseArn(arn: string): { service: string; region: string; account: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { service: parts[2] ?? '', region: parts[3] ?? '', account: parts[4] ?? '' };
}

/** AWS Backup's wildcard: `*` is zero or more characters, everything else literal. */
function globMatches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(value);
}

/** Three-valued logic: undefined = not known (an ARN unknown until apply, tags that could not be read). */
type Tri = boolean | undefined;
const or = (xs: readonly Tri[]): Tri => (xs.includes(true) ? true : xs.includes(undefined) ? undefined : false);
const and = (xs: readonly Tri[]): Tri => (xs.includes(false) ? false : xs.includes(undefined) ? undefined : true);
const not = (x: Tri): Tri => (x === undefined ? undefined : !x);

/** The ARN service of the types AWS Backup protects, to compare patterns with IaC resources that have no ARN yet. */
const ARN_SERVICE: Readonly<Partial<Record<string, string>>> = {
  'aws.rds.instance': 'rds', 'aws.rds.cluster': 'rds', 'aws.ec2.volume': 'ec2', 'aws.efs.file-system': 'elasticfilesystem', 'aws.dynamodb.table': 'dynamodb', 'aws.s3.bucket': 's3',
};

/**
 * Does a Resources / NotResources pattern match the resource? Live ids are ARNs. An IaC id
 * (`terraform:aws_db_instance.x`) has no ARN before apply: it matches `*` and a reference to
 * itself, differs from another IaC id or a pattern for another service, and is unknown
 * against a pattern for its own service.
 */
function patternMatches(pattern: string, r: Resource): Tri {
  if (pattern === r.id || globMatches(pattern, r.id)) return true;
  if (r.id.startsWith('arn:') || !pattern.startsWith('arn:')) return false;
  const service = parseArn(pattern)?.service;
  if (service !== undefined && !service.includes('*') && ARN_SERVICE[r.type] !== undefined && service !== ARN_SERVICE[r.type]) return false;
  return undefined;
}

function tagTest(r: Resource, c: BackupTagCondition, test: (value: string | undefined) => boolean): Tri {
  return r.tags === undefined ? undefined : test(r.tags[c.key]);
}

/** How a selection picks a resource: whether at all, and whether through a pattern naming its service (an explicit resource type). */
export interface SelectionMatch {
  readonly selected: Tri;
  /** Picked by a `resources` pattern whose service is spelled out (`arn:aws:rds:*:*:db:*`), not by `*` or tags. */
  readonly explicitType: boolean;
}

/**
 * Does a backup selection pick this resource? (a `resources` pattern OR a `listOfTags` tag)
 * AND every `conditions` entry AND no `notResources` pattern. Negated conditions hold for an
 * untagged key, as in IAM policies (the documented model of selection logic).
 */
export function selectionMatches(s: BackupSelection, r: Resource): SelectionMatch {
  const byPattern = s.resources.map((p) => ({ p, m: patternMatches(p, r) }));
  const included = or([...byPattern.map((x) => x.m), ...s.listOfTags.map((t) => tagTest(r, t, (v) => v === t.value))]);
  const c = s.conditions;
  const conditions = and([
    ...c.stringEquals.map((t) => tagTest(r, t, (v) => v === t.value)),
    ...c.stringLike.map((t) => tagTest(r, t, (v) => v !== undefined && globMatches(t.value, v))),
    ...c.stringNotEquals.map((t) => tagTest(r, t, (v) => v !== t.value)),
    ...c.stringNotLike.map((t) => tagTest(r, t, (v) => v === undefined || !globMatches(t.value, v))),
  ]);
  const excluded = or(s.notResources.map((p) => patternMatches(p, r)));
  const explicitType = byPattern.some(({ p, m }) => {
    const service = parseArn(p)?.service;
    return m === true && service !== undefined && service !== '' && !service.includes('*');
  });
  return { selected: and([included, conditions, not(excluded)]), explicitType };
}

/** The best a plan's selections do for the resource: selected explicitly, selected otherwise, not known, or not selected. undefined = selections unreadable. */
export function planSelects(plan: BackupPlanConfig, r: Resource): SelectionMatch | undefined {
  if (plan.selections === undefined) return undefined;
  const matches = plan.selections.map((s) => selectionMatches(s, r));
  const selected = or(matches.map((m) => m.selected));
  return { selected, explicitType: matches.some((m) => m.selected === true && m.explicitType) };
}

/**
 * The AWS Backup resource type name (as in `ResourceTypeOptInPreference`) for a phiscan type;
 * undefined for a type AWS Backup does not protect.
 */
export function backupResourceType(r: Resource): string | undefined {
  if (r.type === 'aws.rds.cluster') {
    const engine = (r.config as Resource<'aws.rds.cluster'>['config']).engine?.toLowerCase();
    if (engine === undefined) return undefined;
    return engine.startsWith('aurora') ? 'Aurora' : engine.startsWith('neptune') ? 'Neptune' : engine.startsWith('docdb') ? 'DocumentDB' : 'RDS';
  }
  return BACKUP_TYPE[r.type];
}

const BACKUP_TYPE: Readonly<Partial<Record<string, string>>> = { 'aws.rds.instance': 'RDS', 'aws.ec2.volume': 'EBS', 'aws.efs.file-system': 'EFS', 'aws.dynamodb.table': 'DynamoDB', 'aws.s3.bucket': 'S3' };

/** Types AWS Backup protects only when opted in, even when a plan names them explicitly. */
export const OPT_IN_ALWAYS: readonly string[] = ['Aurora', 'Neptune', 'DocumentDB'];
