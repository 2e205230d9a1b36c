import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../../checks/index.js';
import { loadTerraformDirs } from '../../../providers/terraform/index.js';
import { evaluate } from '../../../src/engine/run.js';
import { isType, type Resource } from '../../../src/model/resource.js';
import { TEST_NOW } from '../../helpers/check-tester.js';

const quiet = { warn: () => {} };
const CHECK = 'gcp-compute-ephi-segmented';

async function load(hcl: string): Promise<Resource[]> {
  const d = mkdtempSync(join(tmpdir(), 'phiscan-gcp-net-'));
  writeFileSync(join(d, 'main.tf'), hcl);
  return loadTerraformDirs([d], quiet);
}

const status = (rs: readonly Resource[], id: string): string | undefined =>
  evaluate(rs, [], ALL_CHECKS, { now: TEST_NOW }).findings.find((f) => f.checkId === CHECK && f.resource.id === id)?.status;

const BASE = `provider "google" {
  project = "acme-phi-prod"
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
resource "google_service_account" "app" {
  account_id = "app"
}
resource "google_service_account" "ehr" {
  account_id = "ehr"
}
resource "google_compute_instance" "ehr" {
  name         = "ehr"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"
  tags         = ["ehr"]
  labels       = { phi = "true" }
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.data.id
  }
  service_account {
    email  = google_service_account.ehr.email
    scopes = ["cloud-platform"]
  }
}
resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"
  tags         = ["app"]
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.data.id
  }
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}
`;

const rule = (name: string, body: string) => `resource "google_compute_firewall" "${name}" {
  name    = "${name}"
  network = google_compute_network.vpc.name
${body}
}
`;

describe('google_compute_firewall, instances and peering as the reachability model reads them', () => {
  it('maps tags, service accounts by planned e-mail and firewall fields', async () => {
    const rs = await load(BASE + rule('app_all', '  source_service_accounts = [google_service_account.app.email]\n  target_tags = ["ehr"]\n  allow {\n    protocol = "all"\n  }'));
    const fw = rs.find((r) => isType(r, 'gcp.compute.firewall')) as Resource<'gcp.compute.firewall'>;
    expect(fw.config).toMatchObject({ direction: 'INGRESS', priority: 1000, sourceRanges: [], sourceTags: [], sourceServiceAccounts: ['app@acme-phi-prod.iam.gserviceaccount.com'], targetTags: ['ehr'], targetServiceAccounts: [], destinationRanges: [] });
    const vm = rs.find((r) => isType(r, 'gcp.compute.instance') && r.name === 'ehr') as Resource<'gcp.compute.instance'>;
    expect(vm.config).toMatchObject({ networkTags: ['ehr'], serviceAccounts: ['ehr@acme-phi-prod.iam.gserviceaccount.com'] });
    // The internal address is assigned at creation: the subnet's range stands for it.
    expect(vm.config.networkInterfaces?.[0]?.networkIp).toBeUndefined();
    expect(status(rs, vm.id)).toBe('fail');
  });

  it('passes with only the database port from the app account; a default service account leaves account rules undecided', async () => {
    const pg = rule('ehr_from_app', '  source_service_accounts = [google_service_account.app.email]\n  target_service_accounts = [google_service_account.ehr.email]\n  allow {\n    protocol = "tcp"\n    ports    = ["5432"]\n  }');
    const rs = await load(BASE + pg);
    expect(status(rs, 'terraform:google_compute_instance.ehr')).toBe('pass');
    const all = rule('app_all', '  source_service_accounts = ["app@acme-phi-prod.iam.gserviceaccount.com"]\n  allow {\n    protocol = "all"\n  }');
    const withDefault = await load(BASE.replace('email  = google_service_account.app.email\n', '') + all);
    expect(status(withDefault, 'terraform:google_compute_instance.ehr')).toBe('not_assessed');
  });

  it('a deny at a better priority, and a peered network active on both sides', async () => {
    const internal = rule('allow_internal', '  source_ranges = ["10.0.0.0/8"]\n  priority = 65534\n  allow {\n    protocol = "all"\n  }');
    const deny = rule('deny_app', '  source_tags = ["app"]\n  priority = 900\n  deny {\n    protocol = "all"\n  }');
    expect(status(await load(BASE + internal + deny), 'terraform:google_compute_instance.ehr')).toBe('pass');
    const hub = `resource "google_compute_network" "hub" {
  name                    = "hub"
  auto_create_subnetworks = false
}
resource "google_compute_subnetwork" "tools" {
  name          = "tools"
  network       = google_compute_network.hub.id
  ip_cidr_range = "10.9.0.0/24"
}
resource "google_compute_instance" "tools" {
  name         = "tools"
  machine_type = "e2-small"
  zone         = "us-central1-a"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.tools.id
  }
}
resource "google_compute_network_peering" "vpc_hub" {
  name         = "vpc-hub"
  network      = google_compute_network.vpc.self_link
  peer_network = google_compute_network.hub.self_link
}
`;
    const back = `resource "google_compute_network_peering" "hub_vpc" {
  name         = "hub-vpc"
  network      = google_compute_network.hub.self_link
  peer_network = google_compute_network.vpc.self_link
}
`;
    const onlyVpcRule = rule('from_hub', '  source_ranges = ["10.9.0.0/24"]\n  allow {\n    protocol = "all"\n  }');
    const halfPeered = await load(BASE + hub + onlyVpcRule);
    const net = halfPeered.find((r) => isType(r, 'gcp.compute.network') && r.name === 'vpc') as Resource<'gcp.compute.network'>;
    expect(net.config.peeringStates).toEqual([{ network: 'terraform:google_compute_network.hub', state: 'INACTIVE' }]);
    expect(status(halfPeered, 'terraform:google_compute_instance.ehr')).toBe('pass');
    expect(status(await load(BASE + hub + back + onlyVpcRule), 'terraform:google_compute_instance.ehr')).toBe('fail');
  });
});
