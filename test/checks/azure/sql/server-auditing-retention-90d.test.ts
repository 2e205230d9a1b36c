import check from '../../../../checks/azure/sql/server-auditing-retention-90d.js';
import type { SqlServerConfig } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { sqlServer } from '../_fixtures.js';

const STORAGE = 'https://phiaudit.blob.core.windows.net/';
const audit = (a: Partial<NonNullable<SqlServerConfig['auditing']>>) => sqlServer({ auditing: { state: 'Enabled', retentionDays: 90, isAzureMonitorTargetEnabled: false, storageEndpoint: STORAGE, ...a } });

checkCases(check, {
  pass: [
    { name: 'retention 0 (unlimited)', resource: sqlServer() },
    { name: 'retention 90', resource: audit({ retentionDays: 90 }) },
    { name: 'retention 365', resource: audit({ retentionDays: 365 }) },
  ],
  fail: [
    { name: 'retention 30', resource: audit({ retentionDays: 30 }), evidencePath: 'config.auditing.retentionDays' },
    { name: 'auditing off', resource: audit({ state: 'Disabled' }), evidencePath: 'config.auditing.state' },
  ],
  notAssessed: [
    { name: 'auditing unreadable', resource: sqlServer({ auditing: undefined }), evidencePath: 'config.auditing' },
    { name: 'storage destination unknown', resource: audit({ storageEndpoint: undefined }), evidencePath: 'config.auditing' },
    { name: 'only Log Analytics (workspace retention not read)', resource: audit({ storageEndpoint: null, isAzureMonitorTargetEnabled: true, retentionDays: 0 }), evidencePath: 'config.auditing' },
  ],
});
