import check from '../../../../checks/aws/kms/key-rotation-enabled.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "rotates yearly", resource: aws('aws.kms.key') },
    { name: "rotation on, period not reported (legacy yearly)", resource: aws('aws.kms.key', { rotationPeriodDays: null }) },
    { name: "shorter period allowed by option", resource: aws('aws.kms.key', { rotationPeriodDays: 180 }), options: { maxRotationDays: 180 } },
  ],
  fail: [
    { name: "rotation off", resource: aws('aws.kms.key', { rotationEnabled: false, rotationPeriodDays: null }), evidencePath: "config.rotationEnabled" },
    { name: "period too long", resource: aws('aws.kms.key', { rotationPeriodDays: 730 }), evidencePath: "config.rotationPeriodDays" },
  ],
  notAssessed: [
    { name: "rotation status unreadable", resource: aws('aws.kms.key', { rotationEnabled: undefined }), evidencePath: "config.rotationEnabled" },
    { name: "key spec unknown", resource: aws('aws.kms.key', { keySpec: undefined, rotationEnabled: false }), evidencePath: "config.keySpec" },
  ],
  notApplicable: [
    { name: "asymmetric key", resource: aws('aws.kms.key', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: false }) },
    { name: "HMAC key", resource: aws('aws.kms.key', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC', rotationEnabled: false }) },
    { name: "imported material", resource: aws('aws.kms.key', { origin: 'EXTERNAL', rotationEnabled: false }) },
    { name: "CloudHSM key store", resource: aws('aws.kms.key', { origin: 'AWS_CLOUDHSM', rotationEnabled: false }) },
    { name: "AWS-managed key", resource: aws('aws.kms.key', { keyManager: 'AWS', rotationEnabled: undefined }) },
    { name: "pending deletion", resource: aws('aws.kms.key', { keyState: 'PendingDeletion', rotationEnabled: false }) },
  ],
});
