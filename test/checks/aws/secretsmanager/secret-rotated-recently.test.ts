import check from '../../../../checks/aws/secretsmanager/secret-rotated-recently.js';
import type { SecretsManagerSecretConfig } from '../../../../src/model/types/aws/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const secret = (config: Partial<SecretsManagerSecretConfig> = {}) => aws('aws.secretsmanager.secret', config);

checkCases(check, {
  pass: [
    { name: 'rotated 12 days ago, 30-day period', resource: secret() },
    { name: 'rotated 8 days ago on rate(7 days), within the grace', resource: secret({ rotationIntervalDays: null, rotationScheduleExpression: 'rate(7 days)', lastRotatedDate: '2026-10-24T00:00:00Z' }) },
    { name: 'weekly cron schedule, rotated 5 days ago', resource: secret({ rotationIntervalDays: null, rotationScheduleExpression: 'cron(0 4 ? * MON *)', lastRotatedDate: '2026-10-27T00:00:00Z' }) },
    { name: 'never rotated, created 10 days ago', resource: secret({ lastRotatedDate: null, createdDate: '2026-10-22T00:00:00Z' }) },
  ],
  fail: [
    { name: 'last rotated 60 days ago, 30-day period', resource: secret({ lastRotatedDate: '2026-09-02T00:00:00Z' }), evidencePath: 'config.lastRotatedDate' },
    { name: 'never rotated, created long ago', resource: secret({ lastRotatedDate: null }), evidencePath: 'config.lastRotatedDate' },
  ],
  notAssessed: [
    { name: 'last rotation unknown (IaC)', resource: secret({ lastRotatedDate: undefined }), evidencePath: 'config.lastRotatedDate' },
    { name: 'period not understood', resource: secret({ rotationIntervalDays: null, rotationScheduleExpression: 'cron(bad)' }), evidencePath: 'config.rotationIntervalDays' },
    { name: 'never rotated, creation unknown', resource: secret({ lastRotatedDate: null, createdDate: undefined }), evidencePath: 'config.lastRotatedDate' },
    { name: 'rotation status unknown', resource: secret({ rotationEnabled: undefined }), evidencePath: 'config.rotationEnabled' },
  ],
  notApplicable: [{ name: 'rotation off', resource: secret({ rotationEnabled: false }) }],
});
