import check from '../../../../checks/azure/storage/account-blob-logging.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { diag, logCat, logGroup, PHI, storageAccount } from '../_fixtures.js';

checkCases(check, {
  pass: [
    { name: 'audit category group to Log Analytics', resource: storageAccount({}, { tags: PHI }) },
    { name: 'explicit categories to storage', resource: storageAccount({ blobDiagnosticSettings: [diag([logCat('StorageRead'), logCat('StorageWrite'), logCat('StorageDelete')], { workspaceId: null, storageAccountId: 'sa' })] }, { tags: PHI }) },
  ],
  fail: [
    { name: 'no diagnostic settings', resource: storageAccount({ blobDiagnosticSettings: [] }, { tags: PHI }), evidencePath: 'config.blobDiagnosticSettings' },
    { name: 'reads not logged', resource: storageAccount({ blobDiagnosticSettings: [diag([logCat('StorageWrite'), logCat('StorageDelete'), logCat('StorageRead', false)])] }, { tags: PHI }), evidencePath: 'config.blobDiagnosticSettings' },
    { name: 'setting without a destination', resource: storageAccount({ blobDiagnosticSettings: [diag([logGroup('allLogs')], { workspaceId: null })] }, { tags: PHI }), evidencePath: 'config.blobDiagnosticSettings' },
  ],
  notAssessed: [{ name: 'diagnostic settings unreadable', resource: storageAccount({ blobDiagnosticSettings: undefined }, { tags: PHI }), evidencePath: 'config.blobDiagnosticSettings' }],
  notApplicable: [{ name: 'account without ePHI tags', resource: storageAccount({ blobDiagnosticSettings: [] }) }],
});
