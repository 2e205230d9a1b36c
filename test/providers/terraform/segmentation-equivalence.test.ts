import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { createGcpCollector } from '../../../providers/gcp/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { evaluate } from '../../../src/engine/run.js';
import type { Resource } from '../../../src/model/resource.js';
import { startGcpSimulator } from '../../../src/simulator/gcp/server.js';
import type { GcpWorld } from '../../../src/simulator/gcp/world.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

process.env.METADATA_SERVER_DETECTION = 'none';

/**
 * The GCP segmentation check over one network read two ways: Cloud Asset Inventory (through the
 * loopback simulator and the live mappers) and the same network declared in Terraform. The
 * verdict on the ePHI VM must agree, and be the one Google's firewall semantics give.
 */
const CHECK = 'gcp-compute-ephi-segmented';
const P = 'acme-phi-prod';
const API = `https://www.googleapis.com/compute/v1/projects/${P}`;
const SA = (id: string) => `${id}@${P}.iam.gserviceaccount.com`;

interface Rule { readonly name: string; readonly priority: number; readonly action: 'allow' | 'deny'; readonly protocol: string; readonly ports?: string[]; readonly sourceRanges?: string[]; readonly sourceTags?: string[]; readonly sourceAccounts?: string[]; readonly targetAccounts?: string[] }

function liveWorld(rules: readonly Rule[]): GcpWorld {
  const vm = (name: string, ip: string, tags: string[], account: string, labels: Record<string, string>) => ({
    assetType: 'compute.googleapis.com/Instance', name: `//compute.googleapis.com/projects/${P}/zones/us-central1-a/instances/${name}`, location: 'us-central1-a',
    data: { name, status: 'RUNNING', labels, tags: { items: tags }, serviceAccounts: [{ email: SA(account) }], networkInterfaces: [{ network: `${API}/global/networks/vpc`, subnetwork: `${API}/regions/us-central1/subnetworks/data`, networkIP: ip }] },
  });
  return {
    projects: [{
      projectId: P, projectNumber: '4242',
      assets: [
        { assetType: 'compute.googleapis.com/Network', name: `//compute.googleapis.com/projects/${P}/global/networks/vpc`, location: 'global', data: { name: 'vpc', autoCreateSubnetworks: false } },
        { assetType: 'compute.googleapis.com/Subnetwork', name: `//compute.googleapis.com/projects/${P}/regions/us-central1/subnetworks/data`, location: 'us-central1', data: { name: 'data', network: `${API}/global/networks/vpc`, ipCidrRange: '10.0.2.0/24' } },
        vm('ehr', '10.0.2.4', ['ehr'], 'ehr', { phi: 'true' }),
        vm('app', '10.0.2.5', ['app'], 'app', {}),
        ...rules.map((r) => ({
          assetType: 'compute.googleapis.com/Firewall', name: `//compute.googleapis.com/projects/${P}/global/firewalls/${r.name}`, location: 'global',
          data: {
            name: r.name, network: `${API}/global/networks/vpc`, direction: 'INGRESS', priority: r.priority,
            ...(r.sourceRanges ? { sourceRanges: r.sourceRanges } : {}), ...(r.sourceTags ? { sourceTags: r.sourceTags } : {}),
            ...(r.sourceAccounts ? { sourceServiceAccounts: r.sourceAccounts.map(SA) } : {}), ...(r.targetAccounts ? { targetServiceAccounts: r.targetAccounts.map(SA) } : {}),
            [r.action === 'allow' ? 'allowed' : 'denied']: [{ IPProtocol: r.protocol, ...(r.ports ? { ports: r.ports } : {}) }],
          },
        })),
      ],
    }],
  };
}

function hcl(rules: readonly Rule[]): string {
  const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;
  const vm = (name: string, tag: string, labels: string) => `resource "google_compute_instance" "${name}" {
  name         = "${name}"
  machine_type = "e2-small"
  zone         = "us-central1-a"
  tags         = ["${tag}"]
  labels       = ${labels}
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.data.id
  }
  service_account {
    email  = google_service_account.${name}.email
    scopes = ["cloud-platform"]
  }
}
resource "google_service_account" "${name}" {
  account_id = "${name}"
}
`;
  return `provider "google" {
  project = "${P}"
  region  = "us-central1"
}
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}
resource "google_compute_subnetwork" "data" {
  name          = "data"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.0.2.0/24"
}
${vm('ehr', 'ehr', '{ phi = "true" }')}${vm('app', 'app', '{}')}${rules.map((r) => `resource "google_compute_firewall" "${r.name}" {
  name     = "${r.name}"
  network  = google_compute_network.vpc.name
  priority = ${r.priority}
${r.sourceRanges ? `  source_ranges = ${list(r.sourceRanges.map((x) => `"${x}"`))}\n` : ''}${r.sourceTags ? `  source_tags = ${list(r.sourceTags.map((x) => `"${x}"`))}\n` : ''}${r.sourceAccounts ? `  source_service_accounts = ${list(r.sourceAccounts.map((a) => `google_service_account.${a}.email`))}\n` : ''}${r.targetAccounts ? `  target_service_accounts = ${list(r.targetAccounts.map((a) => `google_service_account.${a}.email`))}\n` : ''}  ${r.action} {
    protocol = "${r.protocol}"
${r.ports ? `    ports    = ${list(r.ports.map((x) => `"${x}"`))}\n` : ''}  }
}
`).join('')}`;
}

async function liveStatus(rules: readonly Rule[]): Promise<string | undefined> {
  const sim = await startGcpSimulator({ world: liveWorld(rules) });
  try {
    const resources: Resource[] = [];
    for await (const e of createGcpCollector({ projects: [P] }, { clientOptions: sim.clientOptions() }).collect({ log: () => undefined })) if (e.kind === 'resource') resources.push(e.resource);
    return evaluate(resources, [], ALL_CHECKS, { now: TEST_NOW }).findings.find((f) => f.checkId === CHECK && f.resource.name === 'ehr')?.status;
  } finally {
    await sim.close();
  }
}

async function iacStatus(rules: readonly Rule[]): Promise<string | undefined> {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-seg-eq-'));
  writeFileSync(join(d, 'main.tf'), hcl(rules));
  const rs = await loadTerraformDirs([d], { warn: () => {} });
  return evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings.find((f) => f.checkId === CHECK && f.resource.name === 'ehr')?.status;
}

const CASES: [string, readonly Rule[], string][] = [
  ['allow-internal on every protocol', [{ name: 'allow-internal', priority: 65534, action: 'allow', protocol: 'all', sourceRanges: ['10.0.0.0/8'] }], 'fail'],
  ['only 5432 from the app service account', [{ name: 'ehr-from-app', priority: 1000, action: 'allow', protocol: 'tcp', ports: ['5432'], sourceAccounts: ['app'], targetAccounts: ['ehr'] }], 'pass'],
  ['allow-internal, denied for the app tag at a better priority', [
    { name: 'allow-internal', priority: 65534, action: 'allow', protocol: 'all', sourceRanges: ['10.0.0.0/8'] },
    { name: 'deny-app', priority: 900, action: 'deny', protocol: 'all', sourceTags: ['app'] },
  ], 'pass'],
  ['an allow and a deny at the same priority: the deny wins', [
    { name: 'allow-app', priority: 500, action: 'allow', protocol: 'all', sourceAccounts: ['app'] },
    { name: 'deny-app', priority: 500, action: 'deny', protocol: 'all', sourceAccounts: ['app'] },
  ], 'pass'],
];

describe('gcp-compute-ephi-segmented: Cloud Asset Inventory and Terraform agree', () => {
  for (const [name, rules, expected] of CASES) {
    it(`${name}: ${expected}`, async () => {
      expect(await liveStatus(rules)).toBe(expected);
      expect(await iacStatus(rules)).toBe(expected);
    });
  }
});
