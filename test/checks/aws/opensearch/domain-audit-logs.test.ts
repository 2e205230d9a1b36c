import check from '../../../../checks/aws/opensearch/domain-audit-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { aws } from '../fixtures.js';

const T = 'aws.opensearch.domain';
checkCases(check, {
  pass: [{ name: 'audit logs', resource: aws(T, { enabledLogTypes: ['AUDIT_LOGS'] }) }],
  fail: [
    { name: 'only application logs', resource: aws(T, { enabledLogTypes: ['ES_APPLICATION_LOGS', 'SEARCH_SLOW_LOGS'] }), evidencePath: 'config.enabledLogTypes' },
    { name: 'none', resource: aws(T, { enabledLogTypes: [] }), evidencePath: 'config.enabledLogTypes' },
  ],
  notAssessed: [{ name: 'unread', resource: aws(T, { enabledLogTypes: undefined }), evidencePath: 'config.enabledLogTypes' }],
});
