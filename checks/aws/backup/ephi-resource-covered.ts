import { defineCheck, ephiOnly, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { backupResourceType, OPT_IN_ALWAYS, planSelects } from '../../../src/model/aws/backup.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-backup-ephi-resource-covered',
    title: 'ePHI resource is selected by an AWS Backup plan',
    severity: 'high',
    provider: 'aws',
    service: 'backup',
    resourceTypes: ['aws.rds.instance', 'aws.rds.cluster', 'aws.ec2.volume', 'aws.efs.file-system', 'aws.dynamodb.table', 'aws.s3.bucket'],
    requirements: ['backup-procedures'],
    currentRule: ['45 CFR 164.308(a)(7)(ii)(A)'],
    currentRuleSupport: ['45 CFR 164.308(a)(7)(ii)(B)'],
    rationale: 'Service-native backups (RDS automated backups, snapshots) live in the same account and under the same administrators as production. AWS Backup plans add vaults with their own access policy and lock, and copies to other accounts: the basis for the separate controls the NPRM proposes (being selected is not separation by itself; see aws-backup-plan-copies-offsite). Applies to resources tagged as holding ePHI. Plans are regional, so only a plan in the resource\'s account and region counts. A selection picks a resource when it matches a Resources ARN pattern or one ListOfTags tag, and every Conditions entry (StringEquals, StringLike, StringNotEquals, StringNotLike) holds, and no NotResources pattern matches. Resources picked by tag or by "*" are backed up only if AWS Backup is opted in for their type in that region (DescribeRegionSettings); an explicitly named type is backed up regardless, except Aurora, Neptune and DocumentDB. Aurora members are covered through their cluster. When the plans, their selections or the opt-in could not be read, the result is not assessed.',
    remediation: {
      summary: 'Add the resource (or a tag that marks ePHI, e.g. phi=true) to a backup selection of a plan in the resource\'s region that copies to a locked vault in another account, and opt in to AWS Backup for the resource type in that region.',
      console: 'AWS Backup > Backup plans > plan > Resource assignments > Assign resources > by tag phi=true (or resource ARN).',
      cli: 'aws backup create-backup-selection --backup-plan-id PLAN --backup-selection \'{"SelectionName":"ephi","IamRoleArn":"ROLE","ListOfTags":[{"ConditionType":"STRINGEQUALS","ConditionKey":"phi","ConditionValue":"true"}]}\'',
      terraform: 'resource "aws_backup_selection" "ephi" { plan_id = aws_backup_plan.x.id\n iam_role_arn = aws_iam_role.backup.arn\n name = "ephi"\n selection_tag { type = "STRINGEQUALS"\n key = "phi"\n value = "true" } }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources-json.html', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_DescribeRegionSettings.html'],
  },
  lookups: { types: ['aws.backup.plan', 'aws.backup.region'] },
  evaluate(resource, ctx) {
    const scope = ephiOnly(resource, ctx, 'resource is not tagged as holding ePHI');
    if (scope) return scope;
    if (isType(resource, 'aws.rds.instance') && resource.config.clusterId) return notApplicable(`Aurora member: backed up through cluster ${resource.config.clusterId}`);
    // Backup plans are regional: only a plan in the resource's own account and region can back it up.
    const here = (x: { readonly account: string | undefined; readonly region: string | undefined }) => x.account === resource.account && x.region === resource.region;
    const plans = ctx.inventory.ofType('aws.backup.plan').filter(here).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // One settings resource per account and region live; several configurations scanned together may each declare one: they must agree.
    const regions = ctx.inventory.ofType('aws.backup.region').filter(here);
    const type = backupResourceType(resource);
    const optIns = [...new Set(regions.map((r) => (type === undefined ? undefined : r.config.resourceTypeOptIn?.[type])))];
    const optIn = optIns.length === 1 ? optIns[0] : undefined;
    const where = `${resource.account ?? '?'}/${resource.region ?? '?'}`;
    const verdicts = plans.map((p) => ({ plan: p.id, match: planSelects(p.config, resource) }));
    const selecting = verdicts.filter((v) => v.match?.selected === true);
    const ev = [['backupPlans', plans.map((p) => p.id)], ['backupRegion.resourceTypeOptIn', type === undefined ? undefined : { [type]: optIn }]] as const;
    // Service opt-in applies to tag and "all resources" assignments; an explicitly named resource type is backed up regardless, except Aurora, Neptune and DocumentDB.
    const protectedBy = selecting.filter((v) => v.match?.explicitType === true && type !== undefined && !OPT_IN_ALWAYS.includes(type));
    if (protectedBy.length > 0) return pass(`selected by ${protectedBy.map((v) => v.plan).join(', ')} (resource type named explicitly)`, ['backupPlans', protectedBy.map((v) => v.plan)]);
    if (selecting.length > 0) {
      if (optIn === true) return pass(`selected by ${selecting.map((v) => v.plan).join(', ')}; AWS Backup is opted in for ${type ?? '?'} in ${where}`, ['backupPlans', selecting.map((v) => v.plan)], ['backupRegion.resourceTypeOptIn', { [type ?? '?']: true }]);
      if (optIn === false) return fail(`selected by ${selecting.map((v) => v.plan).join(', ')}, but AWS Backup is not opted in for ${type ?? '?'} in ${where}, so it skips the resource`, ['backupPlans', selecting.map((v) => v.plan)], ['backupRegion.resourceTypeOptIn', { [type ?? '?']: false }]);
      return notAssessed(`selected by ${selecting.map((v) => v.plan).join(', ')}, but whether AWS Backup is opted in for ${type ?? 'this resource type'} in ${where} could not be read (DescribeRegionSettings)`, ...ev);
    }
    const unreadable = verdicts.filter((v) => v.match === undefined || v.match.selected === undefined).map((v) => v.plan);
    if (unreadable.length > 0) return notAssessed('no plan is known to select the resource, and some plans\' selections (or the resource\'s tags) could not be read', ['backupPlans.selections', unreadable]);
    const listed = regions.length > 0 && regions.every((r) => r.config.planArns !== undefined) ? [...new Set(regions.flatMap((r) => r.config.planArns ?? []))].sort() : undefined;
    if (listed === undefined) return notAssessed(`no collected plan selects the resource, and the AWS Backup plans of ${where} were not (all) read`, ['backupRegion.planArns', listed], ['backupPlans', plans.map((p) => p.id)]);
    const missing = listed.filter((arn) => !plans.some((p) => p.id === arn));
    if (missing.length > 0) return notAssessed(`no collected plan selects the resource, and ${missing.length} listed plan(s) were not read in full`, ['backupRegion.planArns', listed]);
    return fail(plans.length === 0 ? `no AWS Backup plan exists in ${where}` : `no AWS Backup plan in ${where} selects this ePHI resource`, ['backupPlans', plans.map((p) => p.id)], ['backupRegion.planArns', listed]);
  },
});
