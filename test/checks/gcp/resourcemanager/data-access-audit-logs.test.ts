import check from '../../../../checks/gcp/resourcemanager/data-access-audit-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const log = (...types: ('ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE')[]) => types.map((logType) => ({ logType, exemptedMembers: [] }));

checkCases(check, {
  pass: [{ name: 'allServices read and write', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }] }) }],
  fail: [
    { name: 'admin read only', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('ADMIN_READ') }] }), evidencePath: 'config.auditConfigs' },
    { name: 'one service only', resource: project({ auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }] }), evidencePath: 'config.auditConfigs' },
    { name: 'no audit configs', resource: project({ auditConfigs: [] }), evidencePath: 'config.auditConfigs' },
  ],
  notAssessed: [{ name: 'IAM policy unreadable', resource: project({ auditConfigs: undefined }), evidencePath: 'config.auditConfigs' }],
});
