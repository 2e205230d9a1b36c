import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-instance-no-external-ip',
    title: 'Compute Engine VM has no external IP address',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.instance'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'A VM with an external IP is one firewall rule away from the internet. Serving through a load balancer and administering through IAP, with Cloud NAT for egress, keeps ePHI hosts off the public network.',
    remediation: {
      summary: 'Remove the access config (external IP) from the VM; use a load balancer, IAP TCP forwarding and Cloud NAT instead. Enforce constraints/compute.vmExternalIpAccess.',
      console: 'Compute Engine > VM instances > VM > Edit > Network interfaces > External IPv4 address: None.',
      cli: 'gcloud compute instances delete-access-config VM --zone=ZONE --access-config-name="External NAT"',
      terraform: 'resource "google_compute_instance" "x" {\n  network_interface { subnetwork = google_compute_subnetwork.phi.id } # no access_config block\n}',
    },
    references: ['https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address', 'https://cloud.google.com/compute/docs/instances/connecting-advanced#sshbetweeninstances'],
  },
  evaluate(vm) {
    const nics = vm.config.networkInterfaces;
    const path = 'config.networkInterfaces';
    if (nics === undefined) return notAssessed('network interfaces could not be read', [path, nics]);
    const exposed = nics.filter((n) => n.hasAccessConfig);
    if (exposed.length > 0) return fail(`external IP on ${exposed.length} interface(s)${exposed.some((n) => n.externalIps.length) ? `: ${exposed.flatMap((n) => n.externalIps).join(', ')}` : ''}`, [path, exposed]);
    return pass('no external IP on any interface', [path, nics.length]);
  },
});
