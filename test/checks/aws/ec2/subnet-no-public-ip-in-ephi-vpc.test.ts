import check from '../../../../checks/aws/ec2/subnet-no-public-ip-in-ephi-vpc.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws, EPHI_TAGS } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "private subnet next to ePHI database", resource: aws('aws.ec2.subnet'), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-1' }, { id: 'db-phi', tags: EPHI_TAGS })] },
  ],
  fail: [
    { name: "auto-assign in a VPC with an ePHI database", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: true }), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-1' }, { id: 'db-phi', tags: EPHI_TAGS })], evidencePath: "config.mapPublicIpOnLaunch" },
    { name: "auto-assign in a VPC tagged ePHI", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: true }), inventory: [aws('aws.ec2.vpc', {}, { id: 'vpc-1', tags: EPHI_TAGS })], evidencePath: "config.mapPublicIpOnLaunch" },
  ],
  notAssessed: [
    { name: "setting unreadable", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: undefined }), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-1' }, { id: 'db-phi', tags: EPHI_TAGS })], evidencePath: "config.mapPublicIpOnLaunch" },
    { name: "VPC unknown", resource: aws('aws.ec2.subnet', { vpcId: undefined }), evidencePath: "config.vpcId" },
    { name: "no ePHI tag found, but a database's tags are unreadable", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: true }), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-1' }, { id: 'db-untagged', tags: undefined })], evidencePath: "unreadableTags" },
  ],
  notApplicable: [
    { name: "ePHI only in another VPC", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: true }), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-2' }, { id: 'db-phi', tags: EPHI_TAGS })] },
    { name: "untagged database in the VPC", resource: aws('aws.ec2.subnet', { mapPublicIpOnLaunch: true }), inventory: [aws('aws.rds.instance', { vpcId: 'vpc-1' }, { id: 'db' })] },
  ],
});
