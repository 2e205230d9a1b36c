import check from '../../../../checks/aws/rds/cluster-tls-required.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

checkCases(check, {
  pass: [
    { name: "force_ssl=1", resource: aws('aws.rds.cluster') },
  ],
  fail: [
    { name: "Aurora PostgreSQL default is off", resource: aws('aws.rds.cluster', { tlsParameter: { name: 'rds.force_ssl', value: null } }), evidencePath: "config.tlsParameter.value" },
    { name: "Aurora MySQL OFF", resource: aws('aws.rds.cluster', { engine: 'aurora-mysql', tlsParameter: { name: 'require_secure_transport', value: 'OFF' } }), evidencePath: "config.tlsParameter.value" },
  ],
  notAssessed: [
    { name: "unreadable", resource: aws('aws.rds.cluster', { tlsParameter: undefined }), evidencePath: "config.tlsParameter" },
    { name: "no known parameter", resource: aws('aws.rds.cluster', { tlsParameter: null }), evidencePath: "config.tlsParameter" },
  ],
});
