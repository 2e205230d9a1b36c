import check from '../../../../checks/gcp/pubsub/topic-cmek.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { KEY, PHI, topic } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'ePHI topic with CMEK', resource: topic({ kmsKeyName: KEY }, { tags: PHI }) }],
  fail: [{ name: 'ePHI topic with Google-managed keys', resource: topic({ kmsKeyName: null }, { tags: PHI }), evidencePath: 'config.kmsKeyName' }],
  notAssessed: [
    { name: 'key unreadable', resource: topic({ kmsKeyName: undefined }, { tags: PHI }), evidencePath: 'config.kmsKeyName' },
    { name: 'labels unreadable (maybe ePHI)', resource: topic({ kmsKeyName: null }, { tags: undefined }) },
  ],
  notApplicable: [{ name: 'non-ePHI topic', resource: topic({ kmsKeyName: null }) }],
});
