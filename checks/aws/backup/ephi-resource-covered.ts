import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { planSelects } from '../../../src/model/aws/backup.js';
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
    rationale: 'Service-native backups (RDS automated backups, snapshots) live in the same account and under the same administrators as production. AWS Backup plans add vaults with their own access policy and lock, and copies to other accounts and regions: evidence of the separate technical controls the NPRM proposes for backups (164.312(i)-(j)). Applies to resources tagged as holding ePHI; selections match by ARN pattern or tag. Aurora members are covered through their cluster. When no plan selects the resource but a plan\'s selections could not be read, the result is not assessed.',
    remediation: {
      summary: 'Add the resource (or a tag that marks ePHI, e.g. phi=true) to a backup selection of a plan that copies to a locked vault in another account.',
      console: 'AWS Backup > Backup plans > plan > Resource assignments > Assign resources > by tag phi=true (or resource ARN).',
      cli: 'aws backup create-backup-selection --backup-plan-id PLAN --backup-selection \'{"SelectionName":"ephi","IamRoleArn":"ROLE","ListOfTags":[{"ConditionType":"STRINGEQUALS","ConditionKey":"phi","ConditionValue":"true"}]}\'',
      terraform: 'resource "aws_backup_selection" "ephi" { plan_id = aws_backup_plan.x.id\n iam_role_arn = aws_iam_role.backup.arn\n name = "ephi"\n selection_tag { type = "STRINGEQUALS"\n key = "phi"\n value = "true" } }',
    },
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html'],
  },
  lookups: { types: ['aws.backup.plan'] },
  evaluate(resource, ctx) {
    if (!ctx.isEphi(resource)) return notApplicable('resource is not tagged as holding ePHI');
    if (isType(resource, 'aws.rds.instance') && resource.config.clusterId) return notApplicable(`Aurora member: backed up through cluster ${resource.config.clusterId}`);
    const plans = ctx.inventory.ofType('aws.backup.plan').filter((p) => p.account === resource.account);
    const covering = plans.filter((p) => planSelects(p.config, resource) === true).map((p) => p.id).sort();
    if (covering.length > 0) return pass(`selected by ${covering.join(', ')}`, ['backupPlans', covering]);
    const unreadable = plans.filter((p) => planSelects(p.config, resource) === undefined).map((p) => p.id).sort();
    if (unreadable.length > 0) return notAssessed('no readable plan selects the resource and some plans\' selections could not be read', ['backupPlans.selections', unreadable]);
    return fail(plans.length === 0 ? 'no AWS Backup plan was found in the account' : 'no AWS Backup plan selects this ePHI resource', ['backupPlans', plans.map((p) => p.id).sort()]);
  },
});
