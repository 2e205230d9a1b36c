import check from '../../../../checks/gcp/resourcemanager/security-command-center.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { project } from '../_fixtures.js';

const path = 'config.securityHealthAnalytics';

checkCases(check, {
  pass: [
    { name: 'activated at the organization, inherited by the project', resource: project({ enabledServices: [], securityHealthAnalytics: { state: 'ENABLED', setOn: 'organizations/9' } }) },
    { name: 'activated on the project', resource: project({ securityHealthAnalytics: { state: 'ENABLED', setOn: 'projects/123' } }) },
  ],
  fail: [
    { name: 'disabled for the project under an activated organization', resource: project({ securityHealthAnalytics: { state: 'DISABLED', setOn: 'projects/123' } }), evidencePath: path },
    { name: 'ingest only (misconfigured)', resource: project({ securityHealthAnalytics: { state: 'INGEST_ONLY', setOn: 'organizations/9' } }), evidencePath: path },
  ],
  notAssessed: [
    { name: 'the securitycenter API enabled is not scanning', resource: project({ enabledServices: ['securitycenter.googleapis.com'], securityHealthAnalytics: null }), evidencePath: path },
    { name: 'settings not read', resource: project({ securityHealthAnalytics: undefined }), evidencePath: path },
  ],
});
