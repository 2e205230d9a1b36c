import check from '../../../../checks/aws/backup/ephi-resource-covered.js';
import type { BackupSelection } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const NONE = { stringEquals: [], stringLike: [], stringNotEquals: [], stringNotLike: [] };
const sel = (s: Partial<BackupSelection>): BackupSelection => ({ resources: [], notResources: [], listOfTags: [], conditions: NONE, ...s });
const plan = (selections: BackupSelection[] | undefined, over: { id?: string; region?: string; account?: string } = {}) => aws('aws.backup.plan', { selections }, { id: 'plan-1', ...over });
const region = (c: { resourceTypeOptIn?: Record<string, boolean> | undefined; planArns?: string[] | undefined } = {}) => aws('aws.backup.region', c, { id: 'arn:aws:backup:us-east-1:111122223333:region-settings' });
const db = (tags: Record<string, string> = EPHI_TAGS) => aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags });
const byTag = sel({ listOfTags: [{ key: 'phi', value: 'true' }] });

checkCases(check, {
  pass: [
    { name: 'selected by tag, RDS opted in', resource: db(), inventory: [plan([byTag]), region()] },
    { name: 'selected by ARN wildcard naming the type', resource: db(), inventory: [plan([sel({ resources: ['arn:aws:rds:*:*:db:*'] })]), region()] },
    { name: 'IaC: a selection referencing the resource itself', resource: aws('aws.rds.instance', {}, { id: 'terraform:aws_db_instance.records', tags: EPHI_TAGS }), inventory: [plan([sel({ resources: ['terraform:aws_db_instance.records'] })]), region()] },
    { name: 'an explicitly named type is backed up even when not opted in', resource: db(), inventory: [plan([sel({ resources: ['arn:aws:rds:*:*:db:*'] })]), region({ resourceTypeOptIn: { RDS: false } })] },
    { name: 'Conditions entries all hold (StringEquals, StringLike, StringNotEquals on an absent key)', resource: db({ phi: 'true', env: 'prod-eu' }), inventory: [plan([sel({ resources: ['*'], conditions: { ...NONE, stringEquals: [{ key: 'phi', value: 'true' }], stringLike: [{ key: 'env', value: 'prod*' }], stringNotEquals: [{ key: 'stage', value: 'test' }] } })]), region()] },
  ],
  fail: [
    { name: 'no plan in the region', resource: db(), inventory: [region({ planArns: [] })], evidencePath: 'backupRegion.planArns' },
    { name: 'plan selects other resources', resource: db(), inventory: [plan([sel({ resources: ['arn:aws:dynamodb:*:*:table/*'] })]), region()], evidencePath: 'backupPlans' },
    { name: 'plan in another account does not count', resource: db(), inventory: [plan([sel({ resources: ['*'] })], { id: 'plan-x', account: '999999999999' }), region({ planArns: [] })], evidencePath: 'backupPlans' },
    { name: 'plan in another region of the same account does not count', resource: db(), inventory: [plan([byTag], { id: 'plan-w', region: 'us-west-2' }), region({ planArns: [] })], evidencePath: 'backupPlans' },
    { name: 'Conditions StringEquals entries are ANDed: one of two tags is not enough', resource: db({ phi: 'true' }), inventory: [plan([sel({ resources: ['*'], conditions: { ...NONE, stringEquals: [{ key: 'phi', value: 'true' }, { key: 'tier', value: 'gold' }] } })]), region()], evidencePath: 'backupPlans' },
    { name: 'NotResources excludes it', resource: db(), inventory: [plan([sel({ resources: ['*'], notResources: ['arn:aws:rds:*'] })]), region()], evidencePath: 'backupPlans' },
    { name: 'StringNotLike excludes it', resource: db({ phi: 'true', stage: 'test-1' }), inventory: [plan([sel({ resources: ['*'], conditions: { ...NONE, stringNotLike: [{ key: 'stage', value: 'test*' }] } })]), region()], evidencePath: 'backupPlans' },
    { name: 'selected by tag but RDS is not opted in', resource: db(), inventory: [plan([byTag]), region({ resourceTypeOptIn: { RDS: false } })], evidencePath: 'backupRegion.resourceTypeOptIn' },
    { name: '"*" is not an explicit type: opt-in applies', resource: db(), inventory: [plan([sel({ resources: ['*'] })]), region({ resourceTypeOptIn: { RDS: false } })], evidencePath: 'backupRegion.resourceTypeOptIn' },
    { name: 'Aurora needs the opt-in even when named explicitly', resource: aws('aws.rds.cluster', {}, { id: 'arn:aws:rds:us-east-1:111122223333:cluster:phi', tags: EPHI_TAGS }), inventory: [plan([sel({ resources: ['arn:aws:rds:*:*:cluster:*'] })]), region({ resourceTypeOptIn: { Aurora: false } })], evidencePath: 'backupRegion.resourceTypeOptIn' },
  ],
  notAssessed: [
    { name: 'tags unreadable: whether it holds ePHI is unknown', resource: aws('aws.rds.instance', {}, { id: 'arn:aws:rds:us-east-1:111122223333:db:phi', tags: undefined }), inventory: [region()], evidencePath: 'tags' },
    { name: 'plan selections unreadable', resource: db(), inventory: [plan(undefined), region()], evidencePath: 'backupPlans.selections' },
    { name: 'the region\'s plans could not be listed', resource: db(), inventory: [region({ planArns: undefined })], evidencePath: 'backupRegion.planArns' },
    { name: 'no AWS Backup data for the region at all (another stack, or not collected)', resource: db(), evidencePath: 'backupRegion.planArns' },
    { name: 'a listed plan was not read', resource: db(), inventory: [region({ planArns: ['plan-1', 'plan-2'] }), plan([])], evidencePath: 'backupRegion.planArns' },
    { name: 'IaC: an ARN pattern cannot be matched before apply', resource: aws('aws.rds.instance', {}, { id: 'terraform:aws_db_instance.records', tags: EPHI_TAGS }), inventory: [plan([sel({ resources: ['arn:aws:rds:*:*:db:*'] })]), region()], evidencePath: 'backupPlans.selections' },
    { name: 'IaC: NotResources by ARN pattern is not known to spare it, so "*" does not pass it', resource: aws('aws.rds.instance', {}, { id: 'terraform:aws_db_instance.records', tags: EPHI_TAGS }), inventory: [plan([sel({ resources: ['*'], notResources: ['arn:aws:rds:*'] })]), region()], evidencePath: 'backupPlans.selections' },
    { name: 'two configurations declare disagreeing opt-ins for the region', resource: db(), inventory: [plan([byTag]), region(), aws('aws.backup.region', { resourceTypeOptIn: { RDS: false }, planArns: ['plan-1'] }, { id: 'other-stack' })], evidencePath: 'backupRegion.resourceTypeOptIn' },
    { name: 'selected by tag, opt-in unreadable', resource: db(), inventory: [plan([byTag]), region({ resourceTypeOptIn: undefined })], evidencePath: 'backupRegion.resourceTypeOptIn' },
  ],
  notApplicable: [
    { name: 'not ePHI', resource: aws('aws.rds.instance') },
    { name: 'Aurora member', resource: aws('aws.rds.instance', { clusterId: 'cl-1' }, { tags: EPHI_TAGS }) },
  ],
});
