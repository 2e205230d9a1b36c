import check from '../../../../checks/gcp/resourcemanager/data-access-audit-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const log = (...types: ('ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE')[]) => types.map((logType) => ({ logType, exemptedMembers: [] }));
const all = (...types: ('ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE')[]) => [{ service: 'allServices', auditLogConfigs: log(...types) }];
const iac = { source: { kind: 'iac' as const, format: 'terraform-hcl' as const, file: 'main.tf', line: 1, address: 'google_project_iam_audit_config.all' } };
const org = (auditConfigs: ReturnType<typeof all>) => [{ node: 'folders/5', bindings: [], auditConfigs: [] }, { node: 'organizations/9', bindings: [], auditConfigs }];

checkCases(check, {
  pass: [
    { name: 'allServices read and write', resource: project({ auditConfigs: all('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }) },
    { name: 'IaC declares allServices read and write', resource: project({ auditConfigs: all('DATA_READ', 'DATA_WRITE'), ancestorIamPolicies: undefined }, iac) },
    { name: 'inherited from the organization', resource: project({ auditConfigs: [], ancestorIamPolicies: org(all('DATA_READ', 'DATA_WRITE')) }) },
    { name: 'read on the project, write inherited from the organization', resource: project({ auditConfigs: all('DATA_READ'), ancestorIamPolicies: org(all('DATA_WRITE')) }) },
  ],
  fail: [
    { name: 'admin read only, ancestors read and silent', resource: project({ auditConfigs: all('ADMIN_READ') }), evidencePath: 'config.ancestorIamPolicies' },
    { name: 'one service only', resource: project({ auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }] }), evidencePath: 'config.auditConfigs' },
    { name: 'no audit configs anywhere', resource: project({ auditConfigs: [], ancestorIamPolicies: org([]) }), evidencePath: 'config.auditConfigs' },
    { name: 'no ancestors (project without an organization)', resource: project({ auditConfigs: [], ancestors: ['projects/123'], ancestorIamPolicies: [] }), evidencePath: 'config.auditConfigs' },
  ],
  notAssessed: [
    { name: 'IAM policy unreadable', resource: project({ auditConfigs: undefined }), evidencePath: 'config.auditConfigs' },
    { name: 'project lacks them and the ancestors were not read (project-scope scan)', resource: project({ auditConfigs: [], ancestorIamPolicies: undefined }), evidencePath: 'config.ancestorIamPolicies' },
    { name: 'IaC declares allServices without DATA_READ: the organization may still enable it', resource: project({ auditConfigs: all('ADMIN_READ', 'DATA_WRITE'), ancestorIamPolicies: undefined }, iac), evidencePath: 'config.ancestorIamPolicies' },
    { name: 'IaC declares only a per-service config', resource: project({ auditConfigs: [{ service: 'storage.googleapis.com', auditLogConfigs: log('DATA_READ', 'DATA_WRITE') }], ancestorIamPolicies: undefined }, iac), evidencePath: 'config.auditConfigs' },
  ],
});
