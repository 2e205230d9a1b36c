import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isType } from '../../../src/model/resource.js';

export default defineCheck({
  meta: {
    id: 'aws-ec2-volume-encrypted',
    title: 'EBS volume is encrypted',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.volume'],
    requirements: ['encryption-at-rest'],
    currentRule: ['45 CFR 164.312(a)(2)(iv)'],
    rationale: 'An unencrypted EBS volume stores ePHI in clear on the block device and in every snapshot taken of it. Encryption cannot be switched on in place, so it has to be chosen at creation (or forced by the region setting). For a volume declared in IaC with encrypted=false, a region with EBS encryption by default on (in the inventory) encrypts it anyway: pass; when the IaC left the flag at its default and the region setting is unknown: not assessed. A live volume reports its real state.',
    remediation: {
      summary: 'Snapshot the volume, copy the snapshot with encryption, create a new volume from it and swap it in; turn on EBS encryption by default.',
      console: 'EC2 > Snapshots > Create snapshot > Copy snapshot > Encrypt this snapshot > Create volume from snapshot > attach.',
      cli: 'aws ec2 create-snapshot --volume-id VOL && aws ec2 copy-snapshot --source-snapshot-id SNAP --source-region REGION --encrypted --kms-key-id KEY_ARN',
      terraform: 'resource "aws_ebs_volume" "x" { encrypted = true\n  kms_key_id = aws_kms_key.phi.arn }',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
  },
  lookups: { types: ['aws.ec2.ebs-encryption-default'] },
  evaluate(volume, ctx) {
    const path = 'config.encrypted';
    const v = volume.config.encrypted;
    if (v === undefined) return notAssessed('volume encryption could not be read', [path, v]);
    if (v) return pass('volume is encrypted', [path, v], ['config.kmsKeyId', volume.config.kmsKeyId]);
    if (volume.source.kind === 'iac') {
      const setting = ctx.inventory
        .ofType('aws.ec2.ebs-encryption-default')
        .find((r) => isType(r, 'aws.ec2.ebs-encryption-default') && r.account === volume.account && r.region === volume.region);
      const byDefault = setting?.config.enabled;
      if (byDefault === true) return pass('region encrypts new volumes by default, so the volume will be encrypted', [path, v], ['region.ebsEncryptionByDefault', true]);
      const defaulted = (volume.source.defaulted ?? []).some((d) => d === 'encrypted' || d === path);
      if (byDefault === undefined && defaulted) return notAssessed('encrypted is left at its default and the region\'s EBS encryption by default is unknown', [path, v], ['region.ebsEncryptionByDefault', byDefault]);
    }
    return fail('volume is not encrypted', [path, v]);
  },
});
