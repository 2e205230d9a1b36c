import check from '../../../../checks/aws/acm/certificate-not-expiring.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [{ name: 'valid for months', resource: aws('aws.acm.certificate') }, { name: 'in use unknown, valid', resource: aws('aws.acm.certificate', { inUse: undefined }) }],
  fail: [
    { name: 'expires in 10 days', resource: aws('aws.acm.certificate', { notAfter: '2026-11-11T00:00:00Z' }), evidencePath: 'config.notAfter' },
    { name: 'imported and expired', resource: aws('aws.acm.certificate', { status: 'EXPIRED', certificateType: 'IMPORTED', notAfter: '2026-10-01T00:00:00Z' }), evidencePath: 'config.notAfter' },
    { name: 'within a longer configured window', resource: aws('aws.acm.certificate', { notAfter: '2027-01-15T00:00:00Z' }), options: { daysToExpiration: 90 }, evidencePath: 'config.notAfter' },
  ],
  notAssessed: [
    { name: 'expiry unknown (IaC)', resource: aws('aws.acm.certificate', { notAfter: undefined }), evidencePath: 'config.notAfter' },
    { name: 'status unknown', resource: aws('aws.acm.certificate', { status: undefined }), evidencePath: 'config.status' },
  ],
  notApplicable: [
    { name: 'not in use', resource: aws('aws.acm.certificate', { inUse: false, notAfter: '2026-11-02T00:00:00Z' }) },
    { name: 'pending validation', resource: aws('aws.acm.certificate', { status: 'PENDING_VALIDATION', notAfter: null }) },
  ],
});
