import check from '../../../../checks/gcp/logging/sink-destination-locked.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { bucket, logBucket, project, sink } from '../_fixtures.js';

const auditBucket = (locked: boolean | undefined, rp: 'none' | 'set' = 'set') =>
  bucket({ retentionPolicy: rp === 'none' ? null : locked === undefined ? undefined : { retentionPeriodSeconds: 365 * 86400, isLocked: locked } }, { id: '//storage.googleapis.com/phi-audit-logs', name: 'phi-audit-logs' });
const toLogBucket = (id: string) => sink({ destination: id.slice(2), destinationId: id });
const LOG_BUCKET = '//logging.googleapis.com/projects/phi-prod/locations/global/buckets/audit';

checkCases(check, {
  pass: [
    { name: 'a Cloud Storage bucket with a locked retention policy', resource: sink(), inventory: [auditBucket(true)] },
    { name: 'a locked log bucket named by project id (asset named by number)', resource: toLogBucket(LOG_BUCKET), inventory: [project(), logBucket()] },
    { name: 'the _Required bucket', resource: toLogBucket('//logging.googleapis.com/projects/phi-prod/locations/global/buckets/_Required') },
  ],
  fail: [
    { name: 'retention policy not locked', resource: sink(), inventory: [auditBucket(false)], evidencePath: 'destination.retentionPolicy' },
    { name: 'no retention policy', resource: sink(), inventory: [auditBucket(false, 'none')], evidencePath: 'destination.retentionPolicy' },
    { name: 'log bucket not locked', resource: toLogBucket(LOG_BUCKET), inventory: [project(), logBucket({ locked: false })], evidencePath: 'destination.locked' },
    { name: 'BigQuery destination', resource: sink({ destination: 'bigquery.googleapis.com/projects/phi-prod/datasets/logs', destinationId: null }), evidencePath: 'config.destination' },
  ],
  notAssessed: [
    { name: 'destination bucket not collected', resource: sink(), evidencePath: 'config.destination' },
    { name: 'destination retention unreadable', resource: sink(), inventory: [auditBucket(undefined)], evidencePath: 'destination.retentionPolicy' },
    { name: 'Pub/Sub destination', resource: sink({ destination: 'pubsub.googleapis.com/projects/phi-prod/topics/siem', destinationId: null }), evidencePath: 'config.destination' },
    { name: 'destination unknown', resource: sink({ destination: undefined, destinationId: undefined }), evidencePath: 'config.destination' },
    { name: 'log bucket lock unreadable', resource: toLogBucket(LOG_BUCKET), inventory: [project(), logBucket({ locked: undefined })], evidencePath: 'destination.locked' },
  ],
  notApplicable: [{ name: 'disabled sink', resource: sink({ disabled: true }) }],
});
