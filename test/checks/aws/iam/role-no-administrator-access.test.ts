import check from '../../../../checks/aws/iam/role-no-administrator-access.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const WIDE = 'arn:aws:iam::111122223333:policy/wide';
const wide = (document: object | undefined) => aws('aws.iam.policy', { document: document as never }, { id: WIDE });
const STAR = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const MFA_TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
const BREAK_GLASS = { tags: { 'phiscan:break-glass': 'true' } };

checkCases(check, {
  pass: [
    { name: 'no policies', resource: aws('aws.iam.role') },
    { name: 'AWS managed read-only policy', resource: aws('aws.iam.role', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }) },
    { name: 'customer-managed scoped policy', resource: aws('aws.iam.role', { attachedPolicyArns: [WIDE] }), inventory: [aws('aws.iam.policy', {}, { id: WIDE })] },
    { name: 'break-glass role whose trust requires MFA', resource: aws('aws.iam.role', { attachedPolicyArns: [ADMIN], trustPolicy: MFA_TRUST }, BREAK_GLASS) },
  ],
  fail: [
    { name: 'AdministratorAccess attached', resource: aws('aws.iam.role', { attachedPolicyArns: [ADMIN] }), evidencePath: 'adminGrants' },
    { name: 'GovCloud AdministratorAccess', resource: aws('aws.iam.role', { attachedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AdministratorAccess'] }), evidencePath: 'adminGrants' },
    { name: 'customer-managed *:*', resource: aws('aws.iam.role', { attachedPolicyArns: [WIDE] }), inventory: [wide(STAR)], evidencePath: 'adminGrants' },
    { name: 'inline *:*, another policy unread', resource: aws('aws.iam.role', { attachedPolicyArns: [WIDE], inlinePolicies: [{ name: 'all', document: STAR as never }] }), evidencePath: 'adminGrants' },
  ],
  notAssessed: [
    { name: 'policies unread', resource: aws('aws.iam.role', { attachedPolicyArns: undefined }), evidencePath: 'config.attachedPolicyArns' },
    { name: 'customer-managed policy not collected', resource: aws('aws.iam.role', { attachedPolicyArns: [WIDE] }), evidencePath: 'config.attachedPolicyArns' },
    { name: 'inline policy unknown', resource: aws('aws.iam.role', { inlinePolicies: [{ name: 'x', document: undefined }] }), evidencePath: 'config.attachedPolicyArns' },
    {
      name: 'break-glass role whose trust uses BoolIfExists (matches without MFA when the key is absent)',
      resource: aws('aws.iam.role', { attachedPolicyArns: [ADMIN], trustPolicy: { ...MFA_TRUST, Statement: [{ ...MFA_TRUST.Statement[0]!, Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } } }] } }, BREAK_GLASS),
      evidencePath: 'adminGrants',
    },
    { name: 'break-glass role without MFA in its trust policy', resource: aws('aws.iam.role', { attachedPolicyArns: [ADMIN] }, BREAK_GLASS), evidencePath: 'adminGrants' },
    { name: 'admin role with unreadable tags', resource: aws('aws.iam.role', { attachedPolicyArns: [ADMIN] }, { tags: undefined }), evidencePath: 'adminGrants' },
  ],
  notApplicable: [{ name: 'service-linked role', resource: aws('aws.iam.role', { serviceLinked: true, attachedPolicyArns: [ADMIN] }) }],
});
