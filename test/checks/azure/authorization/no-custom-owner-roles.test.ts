import check from '../../../../checks/azure/authorization/no-custom-owner-roles.js';
import type { CustomRoleDefinition } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { RG, SUB, subscription } from '../_fixtures.js';

const role = (roleName: string, actions: readonly string[], assignableScopes: readonly string[]): CustomRoleDefinition => ({
  id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleName}`, roleName, actions, notActions: [], assignableScopes,
});

checkCases(check, {
  pass: [
    { name: 'no custom roles', resource: subscription() },
    { name: 'narrow custom role; * only at a resource group', resource: subscription({ customRoleDefinitions: [role('vm-operator', ['Microsoft.Compute/virtualMachines/restart/action'], [`/subscriptions/${SUB}`]), role('rg-admin', ['*'], [RG])] }) },
  ],
  fail: [
    { name: '* at the subscription', resource: subscription({ customRoleDefinitions: [role('super', ['*'], [`/subscriptions/${SUB.toUpperCase()}`])] }), evidencePath: 'config.customRoleDefinitions' },
    { name: '* at the root', resource: subscription({ customRoleDefinitions: [role('root-owner', ['*'], ['/'])] }), evidencePath: 'config.customRoleDefinitions' },
    { name: '* at a management group', resource: subscription({ customRoleDefinitions: [role('mg-owner', ['Microsoft.Compute/*', '*'], ['/providers/Microsoft.Management/managementGroups/phi'])] }), evidencePath: 'config.customRoleDefinitions' },
  ],
  notAssessed: [{ name: 'roles unreadable', resource: subscription({ customRoleDefinitions: undefined }), evidencePath: 'config.customRoleDefinitions' }],
});
