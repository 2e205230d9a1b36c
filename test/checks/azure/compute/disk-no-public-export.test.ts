import check from '../../../../checks/azure/compute/disk-no-public-export.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { disk, snapshot } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'export denied', resource: disk() },
    { name: 'private export only', resource: snapshot({ networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: 'Enabled' }) },
    { name: 'AllowAll but public network access disabled', resource: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Disabled' }) },
  ],
  fail: [
    { name: 'disk exportable from anywhere', resource: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled', dataAccessAuthMode: 'None' }), evidencePath: 'config.networkAccessPolicy' },
    { name: 'snapshot with defaults (public access not set)', resource: snapshot({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: null, dataAccessAuthMode: null }), evidencePath: 'config.publicNetworkAccess' },
  ],
  notAssessed: [
    { name: 'policy unknown', resource: disk({ networkAccessPolicy: undefined, publicNetworkAccess: 'Enabled' }), evidencePath: 'config.networkAccessPolicy' },
    { name: 'AllowAll, public access unknown', resource: disk({ networkAccessPolicy: 'AllowAll', publicNetworkAccess: undefined }), evidencePath: 'config.publicNetworkAccess' },
  ],
});
