import check from '../../../../checks/gcp/resourcemanager/data-access-audit-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const log = (...types: ('ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE')[]) => types.map((logType) => ({ logType, exemptedMembers: [] }));
const iac = { source: { kind: 'iac' as const, format: 'terraform-hcl' as const, file: 'main.tf', line: 1, address: 'google_project_iam_audit_config.all' } };

checkCases(check, {
  pass: [
    { name: 'allServices read and write', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }] }) },
    { name: 'IaC declares allServices read and write', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }] }, iac) },
  ],
  fail: [
    { name: 'admin read only', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('ADMIN_READ') }] }), evidencePath: 'config.auditConfigs' },
    { name: 'one service only', resource: project({ auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }] }), evidencePath: 'config.auditConfigs' },
    { name: 'no audit configs', resource: project({ auditConfigs: [] }), evidencePath: 'config.auditConfigs' },
    { name: 'IaC declares allServices without DATA_READ (authoritative for that service)', resource: project({ auditConfigs: [{ service: 'allServices', auditLogConfigs: log('ADMIN_READ', 'DATA_WRITE') }] }, iac), evidencePath: 'config.auditConfigs' },
  ],
  notAssessed: [
    { name: 'IAM policy unreadable', resource: project({ auditConfigs: undefined }), evidencePath: 'config.auditConfigs' },
    { name: 'IaC declares only a per-service config: the allServices one may be set outside it', resource: project({ auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }] }, iac), evidencePath: 'config.auditConfigs' },
  ],
});
