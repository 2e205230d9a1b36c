import check from '../../../../checks/aws/cloudtrail/ephi-bucket-data-events.js';
import type { CloudTrailTrailConfig } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const TRAIL = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main';
const ORG = 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org';
const bucket = (over = {}) => aws('aws.s3.bucket', {}, { id: 'arn:aws:s3:::phi-data', name: 'phi-data', account: '111122223333', region: 'us-east-1', tags: EPHI_TAGS, ...over });
const listing = (arns: readonly string[] | undefined = [TRAIL]) => aws('aws.cloudtrail.account-trails', { trailArns: arns }, { id: 'arn:aws:cloudtrail::111122223333:account-trails', account: '111122223333' });
const basic = (values: string[], readWriteType = 'All') => ({ basic: [{ readWriteType, dataResources: [{ type: 'AWS::S3::Object', values }] }], advanced: [] });
const field = (f: string, ops: Partial<Record<'equals' | 'notEquals' | 'startsWith' | 'notStartsWith' | 'endsWith' | 'notEndsWith', string[]>>) => ({ field: f, equals: [], notEquals: [], startsWith: [], notStartsWith: [], endsWith: [], notEndsWith: [], ...ops });
const advanced = (...extra: ReturnType<typeof field>[]) => ({ basic: [], advanced: [{ name: 'ePHI', fieldSelectors: [field('eventCategory', { equals: ['Data'] }), field('resources.type', { equals: ['AWS::S3::Object'] }), ...extra] }] });
const trail = (eventSelectors: CloudTrailTrailConfig['eventSelectors'], over: Parameters<typeof aws<'aws.cloudtrail.trail'>>[1] = {}, id = TRAIL) => aws('aws.cloudtrail.trail', { eventSelectors, ...over }, { id, account: id.split(':')[4] ?? '' });

checkCases(check, {
  pass: [
    { name: 'basic selector for every bucket', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3']))] },
    { name: 'basic selector naming the bucket', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3:::phi-data/']))] },
    { name: 'read-only and write-only selectors together', resource: bucket(), inventory: [listing(), trail({ basic: [...basic(['arn:aws:s3:::phi-data/'], 'ReadOnly').basic, ...basic(['arn:aws:s3'], 'WriteOnly').basic], advanced: [] })] },
    { name: 'advanced selector, all buckets', resource: bucket(), inventory: [listing(), trail(advanced())] },
    { name: 'advanced selector starting with the bucket ARN', resource: bucket(), inventory: [listing(), trail(advanced(field('resources.ARN', { startsWith: ['arn:aws:s3:::phi-data/'] })))] },
    { name: 'advanced selector excluding another bucket', resource: bucket(), inventory: [listing(), trail(advanced(field('resources.ARN', { notStartsWith: ['arn:aws:s3:::public-assets/'] })))] },
    { name: 'organization trail listed for the account', resource: bucket(), inventory: [listing([ORG]), trail(basic(['arn:aws:s3']), { isOrganizationTrail: true }, ORG)] },
    { name: 'single-region trail in the bucket region', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3']), { isMultiRegion: false, homeRegion: 'us-east-1' })] },
  ],
  fail: [
    { name: 'no trail', resource: bucket(), inventory: [listing([])], evidencePath: 'trails' },
    { name: 'management events only', resource: bucket(), inventory: [listing(), trail({ basic: [{ readWriteType: 'All', dataResources: [] }], advanced: [] })], evidencePath: 'selectors' },
    { name: 'only another bucket', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3:::other/']))], evidencePath: 'selectors' },
    { name: 'only an object prefix of the bucket', resource: bucket(), inventory: [listing(), trail(advanced(field('resources.ARN', { startsWith: ['arn:aws:s3:::phi-data/reports/'] })))], evidencePath: 'selectors' },
    { name: 'write events only', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3'], 'WriteOnly'))], evidencePath: 'selectors' },
    { name: 'advanced readOnly = true', resource: bucket(), inventory: [listing(), trail(advanced(field('readOnly', { equals: ['true'] })))], evidencePath: 'selectors' },
    { name: 'narrowed by event name', resource: bucket(), inventory: [listing(), trail(advanced(field('eventName', { equals: ['PutObject'] })))], evidencePath: 'selectors' },
    { name: 'the bucket excluded', resource: bucket(), inventory: [listing(), trail(advanced(field('resources.ARN', { notStartsWith: ['arn:aws:s3:::phi-data/'] })))], evidencePath: 'selectors' },
    { name: 'trail not logging', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3']), { isLogging: false })], evidencePath: 'selectors' },
    { name: 'single-region trail elsewhere', resource: bucket(), inventory: [listing(), trail(basic(['arn:aws:s3']), { isMultiRegion: false, homeRegion: 'eu-west-1' })], evidencePath: 'selectors' },
  ],
  notAssessed: [
    { name: 'trail list unreadable', resource: bucket(), inventory: [listing(undefined)], evidencePath: 'trails' },
    { name: 'selectors unreadable', resource: bucket(), inventory: [listing(), trail(undefined)], evidencePath: 'selectors' },
    { name: 'listed trail not in the inventory', resource: bucket(), inventory: [listing()], evidencePath: 'selectors' },
    { name: 'tags unreadable', resource: bucket({ tags: undefined }), evidencePath: 'tags' },
    { name: 'IaC: no trail in the input covers it, others unknown', resource: bucket({ id: 'terraform:aws_s3_bucket.phi', source: { kind: 'iac', format: 'terraform', file: 'plan.json', line: 1, address: 'aws_s3_bucket.phi' } }), evidencePath: 'selectors' },
  ],
  notApplicable: [
    { name: 'not ePHI', resource: bucket({ tags: {} }) },
  ],
});
