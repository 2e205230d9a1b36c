import check from '../../../../checks/aws/ec2/volume-encrypted.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "encrypted", resource: aws('aws.ec2.volume') },
    { name: "IaC volume in a region with encryption by default", resource: aws('aws.ec2.volume', { encrypted: false, kmsKeyId: null }, { source: { kind: 'iac' as const, format: 'terraform-plan' as const, file: 'main.tf', line: 3, address: 'aws_ebs_volume.data', defaulted: ['encrypted'] } }), inventory: [aws('aws.ec2.ebs-encryption-default')] },
  ],
  fail: [
    { name: "live unencrypted volume, even with the region setting on now", resource: aws('aws.ec2.volume', { encrypted: false, kmsKeyId: null }), inventory: [aws('aws.ec2.ebs-encryption-default')], evidencePath: "config.encrypted" },
    { name: "IaC sets encrypted = false and the region setting is off", resource: aws('aws.ec2.volume', { encrypted: false, kmsKeyId: null }, { source: { kind: 'iac' as const, format: 'terraform-plan' as const, file: 'main.tf', line: 3, address: 'aws_ebs_volume.data' } }), inventory: [aws('aws.ec2.ebs-encryption-default', { enabled: false })], evidencePath: "config.encrypted" },
  ],
  notAssessed: [
    { name: "unknown", resource: aws('aws.ec2.volume', { encrypted: undefined }), evidencePath: "config.encrypted" },
    { name: "IaC default and region setting unknown", resource: aws('aws.ec2.volume', { encrypted: false, kmsKeyId: null }, { source: { kind: 'iac' as const, format: 'terraform-plan' as const, file: 'main.tf', line: 3, address: 'aws_ebs_volume.data', defaulted: ['encrypted'] } }), evidencePath: "region.ebsEncryptionByDefault" },
  ],
});
