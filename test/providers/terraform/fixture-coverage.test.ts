import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_CHECKS } from '../../../checks/aws/index.js';
import { AZURE_CHECKS } from '../../../checks/azure/index.js';
import { GCP_CHECKS } from '../../../checks/gcp/index.js';
import type { Check } from '../../../src/engine/check-api.js';
import { canonicalTypeOf } from '../../../providers/terraform/doc-table.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { MAPPERS } from '../../../providers/terraform/map/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

/** Per provider: its checks, its fixture folder, and the checks Terraform cannot make both pass and fail (and why). */
const PROVIDERS: readonly { name: string; checks: readonly Check[]; minReachable: number; notBothWays: Readonly<Record<string, string>> }[] = [
  {
    name: 'aws',
    checks: AWS_CHECKS,
    minReachable: 55,
    notBothWays: {
      'aws-dynamodb-table-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'aws-cloudtrail-ephi-bucket-data-events': 'a configuration holds no list of the account\'s trails: a trail in it proves coverage, its absence proves nothing (not assessed, never fail)',
      'aws-cloudtrail-ephi-table-data-events': 'a configuration holds no list of the account\'s trails: a trail in it proves coverage, its absence proves nothing (not assessed, never fail)',
      'aws-cloudfront-distribution-access-logging': 'standard logging v2 deliveries are not joined from Terraform, so legacy logging off is not assessed, never a failure',
      'aws-securityhub-account-enabled': 'only aws_securityhub_account declares Security Hub; its absence from a configuration says nothing, so no configuration fails it',
      'aws-ec2-snapshot-not-public': 'Terraform cannot share a snapshot with the `all` group',
      'aws-s3-bucket-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'aws-guardduty-malware-protection-enabled': 'applies only to an enabled detector; the disabled fixture detector makes it not applicable',
      'aws-iam-user-access-key-rotated': 'key age is runtime state',
      'aws-iam-user-console-mfa': 'MFA devices are registered by the user, not in configuration',
      'aws-iam-user-no-unused-credentials': 'last use is runtime state',
      'aws-kms-key-pending-deletion-unused': 'a key scheduled for deletion is being destroyed, not planned',
      'aws-ssm-instance-managed': 'Systems Manager registration is runtime state',
      'aws-ssm-instance-patch-compliant': 'patch compliance is runtime state',
      'aws-ssm-instance-association-compliant': 'association compliance is runtime state',
      'aws-acm-certificate-not-expiring': 'certificate status and expiry are runtime state',
      'aws-backup-recovery-point-encrypted': 'recovery points are runtime state',
      'aws-backup-restore-testing-plan': 'a configuration never holds all of a region\'s restore testing plans, so they are read from the live account only',
      'aws-iam-access-analyzer-enabled': 'a configuration declares some analyzers, never all of the region\'s: without an account analyzer declared it is not assessed, never failed',
      'aws-secretsmanager-secret-rotated-recently': 'the last rotation is runtime state',
    },
  },
  {
    name: 'azure',
    checks: AZURE_CHECKS,
    minReachable: 40,
    notBothWays: {
      'azure-compute-disk-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'azure-cosmosdb-account-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'azure-keyvault-vault-soft-delete': 'soft delete is always on for vaults created since 2020; Terraform cannot turn it off',
      'azure-storage-account-tls12': 'Azure Storage has refused TLS 1.0 and 1.1 on every account since 2026-02-03, whatever min_tls_version says (the fixtures run on a later clock)',
      'azure-mysql-flexible-server-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'azure-postgresql-flexible-server-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'azure-storage-account-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'azure-authorization-subscription-max-3-owners': 'role assignments are made across configurations, pipelines and the portal: one configuration never shows them all',
      'azure-authorization-subscription-multiple-owners': 'role assignments are made across configurations, pipelines and the portal: one configuration never shows them all',
      'azure-authorization-no-custom-owner-roles': 'custom roles may be defined in other configurations or the portal: one configuration never shows them all',
      'azure-authorization-privileged-roles-eligible': 'PIM assignment schedules are runtime state',
      'azure-compute-virtual-machine-no-missing-critical-patches': 'Update Manager assessment results are runtime state',
      'azure-compute-virtual-machine-backup-separate-subscription': 'the vault\'s subscription is known only after apply (a configuration names resources, not their subscriptions)',
      'azure-dataprotection-backup-vault-multi-user-authorization': 'azurerm has no Resource Guard association for Backup vaults',
      'azure-siterecovery-test-failover-recent': 'test failovers are runtime history',
    },
  },
  {
    name: 'gcp',
    checks: GCP_CHECKS,
    minReachable: 25,
    // An IaC project exists before the configuration, which declares only its audit configs: its
    // IAM policy, enabled services, Compute Engine metadata and org policies answer not_assessed (checks/gcp/_shared.ts projectUnknown).
    notBothWays: {
      'gcp-bigquery-dataset-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'gcp-compute-disk-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'gcp-compute-instance-vm-manager': 'enable-osconfig=FALSE on a VM fails, but a pass also needs the OS Config API among the project\'s enabled services, which the configuration does not hold',
      'gcp-compute-os-login-2sv': 'reads the Compute Engine project metadata, which the configuration does not hold',
      'gcp-resourcemanager-no-public-iam': 'reads the project IAM policy, which the configuration does not hold',
      'gcp-sql-instance-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'gcp-storage-bucket-encrypted-at-rest': 'provider-managed encryption at rest cannot be turned off, so no configuration fails it',
      'gcp-resourcemanager-os-login-required': 'reads organization policies, set on the organization or folder outside the configuration',
      'gcp-resourcemanager-security-command-center': 'reads Security Command Center service settings, which the configuration does not hold',
      'gcp-resourcemanager-google-sign-in-2sv': 'never fails: 2-Step Verification enforcement is an Admin console setting outside any configuration',
      'gcp-resourcemanager-data-access-audit-logs': 'fails only when the audit configs of every folder and the organization above the project are known, which a configuration never shows (it passes, or is not assessed)',
      'gcp-logging-project-sink-all-logs': 'fails only when the aggregated sinks of the folders and organization above the project are known, which a configuration never shows',
      ...Object.fromEntries(['project-ownership', 'audit-config', 'custom-role', 'firewall', 'route', 'network', 'storage-iam', 'sql-config'].map((a) => [`gcp-logging-alert-${a}-changes`, 'a project may hold metrics and alert policies the configuration does not declare: missing ones are not assessed, never failed'])),
      'gcp-osconfig-patch-deployment-present': 'a project may hold patch deployments the configuration does not declare: an untargeted VM is not assessed, never failed',
      'gcp-iam-no-basic-roles-on-users': 'reads the project IAM policy, which the configuration does not hold',
      'gcp-iam-no-service-account-user-at-project': 'reads the project IAM policy, which the configuration does not hold',
      'gcp-iam-service-account-no-admin-roles': 'reads the project IAM policy, which the configuration does not hold',
      'gcp-securitycenter-vm-threat-detection': 'reads Security Command Center service settings, which the configuration does not hold',
    },
  },
];

describe.each(PROVIDERS)('$name IaC fixtures', ({ name, checks, minReachable, notBothWays }) => {
  it('make every check with a Terraform equivalent both pass and fail', async () => {
    const produced = new Set(Object.keys(MAPPERS).map(canonicalTypeOf));
    const statuses = new Map<string, Set<string>>();
    for (const dir of ['compliant', 'noncompliant']) {
      const resources = await loadTerraformDirs([join(import.meta.dirname, '..', '..', '..', 'fixtures/iac', name, dir)], { warn: () => {} });
      for (const f of evaluate(resources, [], checks, { now: TEST_NOW }).findings) {
        const s = statuses.get(f.checkId) ?? new Set<string>();
        s.add(f.status);
        statuses.set(f.checkId, s);
      }
    }
    const reachable = checks.filter((c) => c.meta.resourceTypes.some((t) => produced.has(t))).map((c) => c.meta.id);
    expect(reachable.length).toBeGreaterThan(minReachable);
    const missing = reachable.filter((id) => !notBothWays[id] && !(statuses.get(id)?.has('pass') && statuses.get(id)?.has('fail')));
    expect(missing).toEqual([]);
    // An exemption for a check that does pass and fail (or is no longer reachable) is stale.
    expect(Object.keys(notBothWays).filter((id) => !reachable.includes(id) || (statuses.get(id)?.has('pass') && statuses.get(id)?.has('fail')))).toEqual([]);
  });
});
