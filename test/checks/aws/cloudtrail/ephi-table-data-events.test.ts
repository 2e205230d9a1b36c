import check from '../../../../checks/aws/cloudtrail/ephi-table-data-events.js';
import type { CloudTrailTrailConfig } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

const TRAIL = 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main';
const TABLE = 'arn:aws:dynamodb:us-east-1:111122223333:table/patients';
const table = (over = {}) => aws('aws.dynamodb.table', {}, { id: TABLE, name: 'patients', account: '111122223333', region: 'us-east-1', tags: EPHI_TAGS, ...over });
const listing = aws('aws.cloudtrail.account-trails', { trailArns: [TRAIL] }, { id: 'arn:aws:cloudtrail::111122223333:account-trails', account: '111122223333' });
const field = (f: string, ops: Partial<Record<'equals' | 'notEquals' | 'startsWith' | 'notStartsWith' | 'endsWith' | 'notEndsWith', string[]>>) => ({ field: f, equals: [], notEquals: [], startsWith: [], notStartsWith: [], endsWith: [], notEndsWith: [], ...ops });
const advanced = (type: string, ...extra: ReturnType<typeof field>[]) => ({ basic: [], advanced: [{ name: 'ePHI', fieldSelectors: [field('eventCategory', { equals: ['Data'] }), field('resources.type', { equals: [type] }), ...extra] }] });
const trail = (eventSelectors: CloudTrailTrailConfig['eventSelectors']) => aws('aws.cloudtrail.trail', { eventSelectors }, { id: TRAIL, account: '111122223333' });

checkCases(check, {
  pass: [
    { name: 'every table', resource: table(), inventory: [listing, trail(advanced('AWS::DynamoDB::Table'))] },
    { name: 'the table by ARN', resource: table(), inventory: [listing, trail(advanced('AWS::DynamoDB::Table', field('resources.ARN', { equals: [TABLE] })))] },
    { name: 'basic selector with the table', resource: table(), inventory: [listing, trail({ basic: [{ readWriteType: 'All', dataResources: [{ type: 'AWS::DynamoDB::Table', values: [TABLE] }] }], advanced: [] })] },
  ],
  fail: [
    { name: 'S3 data events only', resource: table(), inventory: [listing, trail(advanced('AWS::S3::Object'))], evidencePath: 'selectors' },
    { name: 'another table', resource: table(), inventory: [listing, trail(advanced('AWS::DynamoDB::Table', field('resources.ARN', { equals: ['arn:aws:dynamodb:us-east-1:111122223333:table/other'] })))], evidencePath: 'selectors' },
    { name: 'the table excluded', resource: table(), inventory: [listing, trail(advanced('AWS::DynamoDB::Table', field('resources.ARN', { notEquals: [TABLE] })))], evidencePath: 'selectors' },
    { name: 'writes only', resource: table(), inventory: [listing, trail(advanced('AWS::DynamoDB::Table', field('readOnly', { equals: ['false'] })))], evidencePath: 'selectors' },
  ],
  notAssessed: [
    { name: 'selectors unreadable', resource: table(), inventory: [listing, trail(undefined)], evidencePath: 'selectors' },
  ],
  notApplicable: [
    { name: 'not ePHI', resource: table({ tags: {} }) },
  ],
});
