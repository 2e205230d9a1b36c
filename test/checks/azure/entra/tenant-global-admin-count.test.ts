import check from '../../../../checks/azure/entra/tenant-global-admin-count.js';
import type { DirectoryRoleMember } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { tenant } from '../_fixtures.js';

const users = (n: number): DirectoryRoleMember[] => Array.from({ length: n }, (_, i) => ({ id: `user-${i}`, type: 'user' }));
const path = 'config.globalAdministrators';

checkCases(check, {
  pass: [
    { name: 'two administrators', resource: tenant() },
    { name: 'four principals, one a service principal', resource: tenant({ globalAdministrators: [...users(3), { id: 'sp-1', type: 'servicePrincipal' }] }) },
    { name: 'no active member (all eligible through PIM)', resource: tenant({ globalAdministrators: [] }) },
  ],
  fail: [
    { name: 'five users', resource: tenant({ globalAdministrators: users(5) }), evidencePath: path },
    { name: 'five users beside a group', resource: tenant({ globalAdministrators: [...users(5), { id: 'g-1', type: 'group' }] }), evidencePath: path },
    { name: 'a stricter option', resource: tenant(), options: { maxGlobalAdmins: 1 }, evidencePath: path },
  ],
  notAssessed: [
    { name: 'members unreadable', resource: tenant({ globalAdministrators: undefined }), evidencePath: path },
    { name: 'a role-assignable group is not expanded', resource: tenant({ globalAdministrators: [...users(2), { id: 'g-1', type: 'group' }] }), evidencePath: path },
    { name: 'a member of unknown type may be a group', resource: tenant({ globalAdministrators: [...users(4), { id: 'x', type: '' }] }), evidencePath: path },
  ],
});
