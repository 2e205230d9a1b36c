import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import type { Resource } from '../../../src/model/resource.js';

/** The resources of one `main.tf` (an AWS provider in us-east-1, then `tf`), read as `--terraform-dir` reads it. */
export async function awsHcl(tf: string): Promise<Resource[]> {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-aws-hcl-'));
  writeFileSync(join(d, 'main.tf'), `provider "aws" {\n  region = "us-east-1"\n}\n${tf}`);
  return loadTerraformDirs([d], { warn: () => {} });
}

/** The resource at a Terraform address; throws, listing what was read, when there is none. */
export function byAddress(rs: readonly Resource[], address: string): Resource {
  const r = rs.find((x) => x.id === `terraform:${address}`);
  if (!r) throw new Error(`no ${address} in ${rs.map((x) => x.id).join(', ')}`);
  return r;
}
