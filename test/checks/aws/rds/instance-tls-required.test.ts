import check from '../../../../checks/aws/rds/instance-tls-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "force_ssl=1", resource: aws('aws.rds.instance') },
    { name: "PostgreSQL 15 default", resource: aws('aws.rds.instance', { engineVersion: '15.7', tlsParameter: { name: 'rds.force_ssl', value: null } }) },
    { name: "MySQL require_secure_transport ON", resource: aws('aws.rds.instance', { engine: 'mysql', engineVersion: '8.0.39', tlsParameter: { name: 'require_secure_transport', value: 'ON' } }) },
  ],
  fail: [
    { name: "force_ssl=0", resource: aws('aws.rds.instance', { tlsParameter: { name: 'rds.force_ssl', value: '0' } }), evidencePath: "config.tlsParameter.value" },
    { name: "PostgreSQL 14 default is off", resource: aws('aws.rds.instance', { engineVersion: '14.12', tlsParameter: { name: 'rds.force_ssl', value: null } }), evidencePath: "config.tlsParameter.value" },
    { name: "MySQL default is off", resource: aws('aws.rds.instance', { engine: 'mysql', engineVersion: '8.0.39', tlsParameter: { name: 'require_secure_transport', value: null } }), evidencePath: "config.tlsParameter.value" },
  ],
  notAssessed: [
    { name: "parameter group unreadable", resource: aws('aws.rds.instance', { tlsParameter: undefined }), evidencePath: "config.tlsParameter" },
    { name: "Oracle uses option groups", resource: aws('aws.rds.instance', { engine: 'oracle-ee', tlsParameter: null }), evidencePath: "config.tlsParameter" },
    { name: "default with unknown version", resource: aws('aws.rds.instance', { engineVersion: undefined, tlsParameter: { name: 'rds.force_ssl', value: null } }), evidencePath: "config.tlsParameter.value" },
  ],
  notApplicable: [
    { name: "Aurora member", resource: aws('aws.rds.instance', { engine: 'aurora-postgresql', clusterId: 'cl-1', tlsParameter: { name: 'rds.force_ssl', value: '0' } }) },
  ],
});
