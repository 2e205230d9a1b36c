import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-snapshot-not-public',
    title: 'EBS snapshot is not shared publicly',
    severity: 'critical',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.snapshot'],
    requirements: ['access-control-least-privilege'],
    currentRule: ['45 CFR 164.312(a)(1)'],
    rationale: 'A snapshot with createVolumePermission group "all" lets any AWS account create a volume from it and read every block of the disk.',
    remediation: {
      summary: 'Remove public create-volume permission from the snapshot and turn on block public access for EBS snapshots in the region.',
      console: 'EC2 > Snapshots > snapshot > Actions > Snapshot settings > Modify permissions > Private; EC2 > Dashboard > Data protection > Block public access for EBS snapshots.',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id SNAP --attribute createVolumePermission --operation-type remove --group-names all && aws ec2 enable-snapshot-block-public-access --state block-all-sharing',
      terraform: 'resource "aws_ebs_snapshot_block_public_access" "x" { state = "block-all-sharing" }',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
  },
  evaluate(snapshot) {
    const path = 'config.public';
    const v = snapshot.config.public;
    if (v === undefined) return notAssessed('snapshot permissions could not be read', [path, v]);
    return v ? fail('snapshot is public', [path, true]) : pass('snapshot is private', [path, false]);
  },
});
