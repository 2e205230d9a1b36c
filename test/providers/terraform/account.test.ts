import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerraformDirs, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { pinnedAccount } from '../../../providers/terraform/model.js';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { warn: () => {} };
const hcl = (text: string) => {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-account-'));
  writeFileSync(join(d, 'main.tf'), text);
  return loadTerraformDirs([d], quiet);
};

describe('the account a provider configuration pins', () => {
  it('is one literal allowed_account_ids entry (AWS) or the subscription_id (azurerm), nothing else', () => {
    const attrs = (o: Record<string, unknown>) => (k: string) => o[k];
    expect(pinnedAccount('aws', attrs({ allowed_account_ids: ['111122223333'] }))).toBe('111122223333');
    expect(pinnedAccount('aws', attrs({ allowed_account_ids: ['111122223333', '444455556666'] }))).toBeUndefined();
    expect(pinnedAccount('aws', attrs({ allowed_account_ids: ['${var.account}'] }))).toBeUndefined();
    expect(pinnedAccount('aws', attrs({}))).toBeUndefined();
    expect(pinnedAccount('azurerm', attrs({ subscription_id: 'AAAA-BBBB' }))).toBe('aaaa-bbbb');
    expect(pinnedAccount('google', attrs({ project: 'p' }))).toBeUndefined();
  });

  it('reaches the resources of each provider from HCL and from a plan, the same way', async () => {
    const fromHcl = await loadTerraformDirs([join(root, 'fixtures/iac/aws/noncompliant')], quiet);
    const fromPlan = await loadTerraformPlans([join(root, 'fixtures/iac/aws/noncompliant/plan.json')], [], quiet);
    expect(new Set(fromHcl.map((r) => r.account))).toEqual(new Set(['111122223333']));
    expect(new Set(fromPlan.map((r) => r.account))).toEqual(new Set(['111122223333']));
    const mixed = await hcl('provider "aws" {\n  allowed_account_ids = ["111122223333"]\n}\nprovider "aws" {\n  alias = "dr"\n  allowed_account_ids = ["444455556666"]\n}\nprovider "azurerm" {\n  subscription_id = "00000000-0000-0000-0000-00000000000A"\n  features {}\n}\nresource "aws_kms_key" "k" {}\nresource "azurerm_key_vault" "v" {\n  name = "v"\n}\nresource "google_kms_key_ring" "r" {\n  name = "r"\n}\n');
    expect(Object.fromEntries(mixed.map((r) => [r.type, r.account]))).toEqual({ 'aws.kms.key': '111122223333', 'azure.keyvault.vault': '00000000-0000-0000-0000-00000000000a', 'gcp.kms.key-ring': undefined });
  });
});
