import check from '../../../../checks/azure/storage/account-blob-recovery.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { storageAccount } from '../_fixtures.js';

const blob = { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: null, isVersioningEnabled: true };
checkCases(check, {
  pass: [{ name: 'soft delete 14 days and versioning', resource: storageAccount({ blobService: blob }) }],
  fail: [
    { name: 'soft delete off', resource: storageAccount({ blobService: { ...blob, deleteRetentionPolicy: { enabled: false, days: null } } }), evidencePath: 'config.blobService.deleteRetentionPolicy' },
    { name: 'versioning never set', resource: storageAccount({ blobService: { ...blob, isVersioningEnabled: null } }), evidencePath: 'config.blobService.isVersioningEnabled' },
    { name: 'retention shorter than the option', resource: storageAccount({ blobService: blob }), options: { minDays: 30 }, evidencePath: 'config.blobService.deleteRetentionPolicy' },
  ],
  notAssessed: [{ name: 'blob service unreadable', resource: storageAccount({ blobService: undefined }), evidencePath: 'config.blobService' }],
  notApplicable: [{ name: 'FileStorage account without a blob service', resource: storageAccount({ kind: 'FileStorage', blobService: null }) }],
});
