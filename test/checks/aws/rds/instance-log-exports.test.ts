import check from '../../../../checks/aws/rds/instance-log-exports.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: 'PostgreSQL exports postgresql and upgrade', resource: aws('aws.rds.instance') },
    { name: 'Oracle exports all four', resource: aws('aws.rds.instance', { engine: 'oracle-ee', logExports: ['alert', 'audit', 'listener', 'trace'] }) },
    { name: 'Aurora PostgreSQL cluster', resource: aws('aws.rds.cluster') },
    { name: 'custom table from the options', resource: aws('aws.rds.instance', { engine: 'mysql', logExports: ['audit', 'error'] }), options: { requiredLogs: { mysql: ['audit', 'error'] } } },
  ],
  fail: [
    { name: 'no exports', resource: aws('aws.rds.instance', { logExports: [] }), evidencePath: 'config.logExports' },
    { name: 'MySQL without audit and general', resource: aws('aws.rds.instance', { engine: 'mysql', logExports: ['error', 'slowquery'] }), evidencePath: 'config.logExports' },
    { name: 'Aurora MySQL cluster without exports', resource: aws('aws.rds.cluster', { engine: 'aurora-mysql', logExports: [] }), evidencePath: 'config.logExports' },
    { name: 'SQL Server without agent', resource: aws('aws.rds.instance', { engine: 'sqlserver-se', logExports: ['error'] }), evidencePath: 'config.logExports' },
  ],
  notAssessed: [
    { name: 'exports unreadable', resource: aws('aws.rds.instance', { logExports: undefined }), evidencePath: 'config.logExports' },
    { name: 'unknown engine', resource: aws('aws.rds.instance', { engine: 'neptune', logExports: [] }), evidencePath: 'config.engine' },
  ],
  notApplicable: [{ name: 'Aurora member', resource: aws('aws.rds.instance', { clusterId: 'arn:aws:rds:us-east-1:111122223333:cluster:c1', logExports: [] }) }],
});
