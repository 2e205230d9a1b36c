import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'azure-storage-account-blob-recovery',
    title: 'Storage account keeps deleted and overwritten blobs (soft delete and versioning)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'azure',
    service: 'storage',
    resourceTypes: ['azure.storage.account'],
    requirements: ['integrity'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(c)(1)', '45 CFR 164.308(a)(7)(ii)(A)'],
    rationale: 'Blob soft delete keeps deleted blobs for a retention period and versioning keeps every overwritten version, so ePHI destroyed by ransomware, a faulty job or a mistaken delete can be restored. Both live on the blob service (blobServices/default), not on the account.',
    remediation: {
      summary: 'Enable blob soft delete (at least 7 days) and blob versioning on the blob service.',
      console: 'Storage account > Data management > Data protection > Enable soft delete for blobs; Enable versioning for blobs.',
      cli: 'az storage account blob-service-properties update -g RG --account-name ACCOUNT --enable-delete-retention true --delete-retention-days 14 --enable-versioning true',
      terraform: 'resource "azurerm_storage_account" "phi" {\n  blob_properties {\n    versioning_enabled = true\n    delete_retention_policy { days = 14 }\n  }\n}',
    },
    references: ['https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview', 'https://learn.microsoft.com/azure/storage/blobs/versioning-overview'],
    defaultOptions: { minDays: 7 },
  },
  evaluate(account, ctx) {
    const blob = account.config.blobService;
    const path = 'config.blobService';
    if (blob === undefined) return notAssessed('the blob service properties could not be read', [path, blob]);
    if (blob === null) return notApplicable('the account has no blob service');
    const minDays = (ctx.options.minDays as number | undefined) ?? 7;
    const sd = blob.deleteRetentionPolicy;
    const problems = [
      ...(sd.enabled ? (sd.days !== null && sd.days < minDays ? [`blob soft delete keeps only ${sd.days} day(s) (< ${minDays})`] : []) : ['blob soft delete is off']),
      ...(blob.isVersioningEnabled === true ? [] : ['blob versioning is off']),
    ];
    const ev = [['config.blobService.deleteRetentionPolicy', sd], ['config.blobService.isVersioningEnabled', blob.isVersioningEnabled]] as const;
    if (problems.length > 0) return fail(problems.join('; '), ...ev);
    return pass(`blob soft delete (${sd.days ?? '?'} days) and versioning are on`, ...ev);
  },
});
