import check from '../../../../checks/aws/cloudtrail/account-multi-region-trail.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "own multi-region trail", resource: aws('aws.cloudtrail.account-trails'), inventory: [aws('aws.cloudtrail.trail', {  }, { id: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main' })] },
    { name: "organization trail from the management account", resource: aws('aws.cloudtrail.account-trails', { trailArns: ['arn:aws:cloudtrail:us-east-1:999988887777:trail/org'] }), inventory: [aws('aws.cloudtrail.trail', { isOrganizationTrail: true }, { id: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org' })] },
    { name: "one good trail outweighs an unreadable one", resource: aws('aws.cloudtrail.account-trails', { trailArns: ['arn:aws:cloudtrail:us-east-1:111122223333:trail/main', 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/missing'] }), inventory: [aws('aws.cloudtrail.trail', {  }, { id: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main' })] },
  ],
  fail: [
    { name: "no trails", resource: aws('aws.cloudtrail.account-trails', { trailArns: [] }), evidencePath: "config.trailArns" },
    { name: "single-region trail only", resource: aws('aws.cloudtrail.account-trails'), inventory: [aws('aws.cloudtrail.trail', { isMultiRegion: false }, { id: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main' })], evidencePath: "config.trailArns" },
    { name: "multi-region trail stopped", resource: aws('aws.cloudtrail.account-trails'), inventory: [aws('aws.cloudtrail.trail', { isLogging: false }, { id: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/main' })], evidencePath: "config.trailArns" },
  ],
  notAssessed: [
    { name: "trails not listed", resource: aws('aws.cloudtrail.account-trails', { trailArns: undefined }), evidencePath: "config.trailArns" },
    { name: "listed trail not in the inventory", resource: aws('aws.cloudtrail.account-trails'), evidencePath: "config.trailArns" },
  ],
});
