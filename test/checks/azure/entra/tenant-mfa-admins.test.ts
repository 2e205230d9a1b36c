import check from '../../../../checks/azure/entra/tenant-mfa-admins.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { caPolicy, GLOBAL_ADMIN, tenant } from '../_fixtures.js';

const ROLES = ['62e90394-69f5-4237-9190-012177145e10', 'e8611ab8-c189-46e8-94e1-60213ab1f814', '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', '194ae4cb-b126-40b2-bd5b-6091b380977d', 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'fe930be7-5e62-47db-91af-98c3a49a38b1'];
const adminPolicy = (roles: string[], extra: Parameters<typeof caPolicy>[0] = {}) => caPolicy({ name: 'mfa-admins', ...extra, users: { includeUsers: [], includeRoles: roles, ...extra.users } });
const CP = 'config.conditionalAccessPolicies';

checkCases(check, {
  pass: [
    { name: 'all-users MFA policy covers admins', resource: tenant() },
    { name: 'role-targeted policy', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES)] }) },
    { name: 'two policies together cover the roles', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES.slice(0, 3)), adminPolicy(ROLES.slice(3), { name: 'mfa-admins-2' })] }) },
    { name: 'security defaults', resource: tenant({ securityDefaultsEnabled: true, conditionalAccessPolicies: [] }) },
    { name: 'custom role list', resource: tenant({ conditionalAccessPolicies: [adminPolicy([GLOBAL_ADMIN])] }), options: { adminRoles: [GLOBAL_ADMIN] } },
    { name: 'role policy excluding only a declared break-glass account', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES, { users: { excludeUsers: ['bg-1'] } })] }), options: { breakGlassAccounts: ['bg-1'] } },
  ],
  fail: [
    { name: 'Global Administrator only', resource: tenant({ conditionalAccessPolicies: [adminPolicy([GLOBAL_ADMIN])] }), evidencePath: CP },
    { name: 'all-users policy excludes Global Administrator', resource: tenant({ conditionalAccessPolicies: [caPolicy({ users: { excludeRoles: [GLOBAL_ADMIN] } })] }), evidencePath: CP },
    { name: 'admin policy disabled', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES, { state: 'disabled' }), caPolicy({ name: 'block-legacy', controls: ['block'] })] }), evidencePath: CP },
    { name: 'admin policy only outside trusted locations', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES, { conditions: { locations: { include: ['All'], exclude: ['AllTrusted'] } } })] }), evidencePath: CP },
    { name: 'admin policy only on risky sign-ins', resource: tenant({ conditionalAccessPolicies: [adminPolicy(ROLES, { conditions: { signInRiskLevels: ['medium', 'high'] } })] }), evidencePath: CP },
  ],
  notAssessed: [
    { name: 'Graph denied', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: undefined }), evidencePath: CP },
    { name: 'no enabled policies, security defaults unknown', resource: tenant({ securityDefaultsEnabled: undefined, conditionalAccessPolicies: [adminPolicy(ROLES, { state: 'disabled' })] }), evidencePath: 'config.securityDefaultsEnabled' },
    { name: 'all-users policy excluding a group that may hold administrators', resource: tenant({ conditionalAccessPolicies: [caPolicy({ users: { excludeGroups: ['it-ops'] } })] }), evidencePath: CP },
  ],
});
