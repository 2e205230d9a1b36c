import check from '../../../../checks/aws/acm/certificate-rsa-2048-or-stronger.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'RSA 2048', resource: aws('aws.acm.certificate') },
    { name: 'RSA 4096', resource: aws('aws.acm.certificate', { keyAlgorithm: 'RSA_4096' }) },
    { name: 'ECDSA P-384', resource: aws('aws.acm.certificate', { keyAlgorithm: 'EC_secp384r1' }) },
  ],
  fail: [{ name: 'RSA 1024', resource: aws('aws.acm.certificate', { keyAlgorithm: 'RSA_1024' }), evidencePath: 'config.keyAlgorithm' }],
  notAssessed: [
    { name: 'unknown', resource: aws('aws.acm.certificate', { keyAlgorithm: undefined }), evidencePath: 'config.keyAlgorithm' },
    { name: 'unrecognised algorithm', resource: aws('aws.acm.certificate', { keyAlgorithm: 'ML_DSA_65' }), evidencePath: 'config.keyAlgorithm' },
  ],
});
