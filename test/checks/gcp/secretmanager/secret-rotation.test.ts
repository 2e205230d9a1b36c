import check from '../../../../checks/gcp/secretmanager/secret-rotation.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { secret } from '../_fixtures.js';

const DAY = 86400;

checkCases(check, {
  pass: [
    { name: 'every 30 days', resource: secret() },
    { name: 'exactly the default maximum (90 days)', resource: secret({ rotationPeriodSeconds: 90 * DAY }) },
    { name: 'within a raised maximum', resource: secret({ rotationPeriodSeconds: 180 * DAY }), options: { maxDays: 365 } },
  ],
  fail: [
    { name: 'no rotation schedule', resource: secret({ rotationPeriodSeconds: null, nextRotationTime: null }), evidencePath: 'config.rotationPeriodSeconds' },
    { name: 'a one-off rotation time without a period', resource: secret({ rotationPeriodSeconds: null }), evidencePath: 'config.nextRotationTime' },
    { name: 'every 365 days', resource: secret({ rotationPeriodSeconds: 365 * DAY }), evidencePath: 'config.rotationPeriodSeconds' },
    { name: 'over a lowered maximum', resource: secret({ rotationPeriodSeconds: 60 * DAY }), options: { maxDays: 30 }, evidencePath: 'config.rotationPeriodSeconds' },
  ],
  notAssessed: [
    { name: 'a rotation time whose period was not returned', resource: secret({ rotationPeriodSeconds: undefined }), evidencePath: 'config.nextRotationTime' },
    { name: 'schedule unreadable', resource: secret({ rotationPeriodSeconds: undefined, nextRotationTime: undefined }), evidencePath: 'config.rotationPeriodSeconds' },
  ],
});
