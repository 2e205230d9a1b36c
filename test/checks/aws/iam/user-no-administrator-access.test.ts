import check from '../../../../checks/aws/iam/user-no-administrator-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "no admin", resource: aws('aws.iam.user') },
  ],
  fail: [
    { name: "admin", resource: aws('aws.iam.user', { hasAdministratorAccess: true }), evidencePath: "config.hasAdministratorAccess" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.iam.user', { hasAdministratorAccess: undefined }), evidencePath: "config.hasAdministratorAccess" },
  ],
});
