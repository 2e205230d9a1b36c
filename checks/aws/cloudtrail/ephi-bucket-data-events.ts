import { defineCheck, ephiOnly } from '../../../src/engine/check-api.js';
import { DATA_EVENT_LOOKUPS, evaluateDataEvents } from './_data-events.js';

/** The bucket's name: its ARN live; in IaC the resource's name when it is the bucket name (not the address fallback). */
function bucketName(r: { id: string; name: string; source: { kind: string; address?: string } }): string | undefined {
  if (r.id.startsWith('arn:aws:s3:::')) return r.id.slice('arn:aws:s3:::'.length);
  return r.source.kind === 'iac' && r.name !== r.source.address ? r.name : undefined;
}

export default defineCheck({
  meta: {
    id: 'aws-cloudtrail-ephi-bucket-data-events',
    title: 'ePHI S3 bucket has its object reads and writes recorded by a CloudTrail trail',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.s3.bucket'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'Management events show who changed a bucket, not who read or wrote the ePHI in it. S3 data events (GetObject, PutObject, DeleteObject) are the object-level audit trail the current rule asks for (audit controls, 164.312(b)) and the NPRM would make real-time (proposed 164.312(d)). A logging trail must select the bucket for both reads and writes: a basic selector with AWS::S3::Object and arn:aws:s3 or arn:aws:s3:::BUCKET/, or an advanced selector on eventCategory Data and resources.type AWS::S3::Object that does not narrow by event name, user or object prefix. Organization trails the account lists count. AWS Config: cloudtrail-s3-dataevents-enabled.',
    remediation: {
      summary: 'Add the bucket (or all buckets) to a logging trail\'s data-event selectors for read and write events.',
      console: 'CloudTrail > Trails > trail > Data events > Edit > Data event type: S3 > Log selector template: Log all events (or a custom selector with resources.ARN starts with arn:aws:s3:::BUCKET/).',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"ePHI S3","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"resources.ARN","StartsWith":["arn:aws:s3:::BUCKET/"]}]}]\'',
      terraform: 'resource "aws_cloudtrail" "x" {\n  advanced_event_selector {\n    name = "ePHI S3"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n    field_selector {\n      field       = "resources.ARN"\n      starts_with = ["${aws_s3_bucket.phi.arn}/"]\n    }\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html', 'https://docs.aws.amazon.com/config/latest/developerguide/cloudtrail-s3-dataevents-enabled.html'],
  },
  lookups: DATA_EVENT_LOOKUPS,
  evaluate(bucket, ctx) {
    const scope = ephiOnly(bucket, ctx);
    if (scope) return scope;
    const name = bucketName(bucket);
    return evaluateDataEvents(bucket, { kind: 's3', arn: name === undefined ? undefined : `arn:aws:s3:::${name}/`, region: bucket.region }, ctx.inventory);
  },
});
