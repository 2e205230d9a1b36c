import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-subnetwork-private-google-access',
    title: 'VPC subnetwork has Private Google Access on',
    severity: 'low',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.subnetwork'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'With Private Google Access, VMs without external IPs still reach Cloud Storage, BigQuery and other Google APIs over Google\'s network, so ePHI workloads need no internet path (external IP or broad NAT) just to use Google services.',
    remediation: {
      summary: 'Turn on Private Google Access for the subnetwork.',
      console: 'VPC network > VPC networks > network > Subnets > subnet > Edit > Private Google Access: On.',
      cli: 'gcloud compute networks subnets update SUBNET --region=REGION --enable-private-ip-google-access',
      terraform: 'resource "google_compute_subnetwork" "x" {\n  private_ip_google_access = true\n}',
    },
    references: ['https://cloud.google.com/vpc/docs/private-google-access', 'https://cloud.google.com/vpc/docs/configure-private-google-access'],
  },
  evaluate(subnet) {
    const { purpose, privateIpGoogleAccess } = subnet.config;
    if (purpose !== undefined && purpose !== 'PRIVATE' && purpose !== 'PRIVATE_RFC_1918') return notApplicable(`${purpose} subnets carry no VMs`);
    const path = 'config.privateIpGoogleAccess';
    if (privateIpGoogleAccess === undefined) return notAssessed('the Private Google Access setting could not be read', [path, privateIpGoogleAccess]);
    return privateIpGoogleAccess ? pass('Private Google Access is on', [path, true]) : fail('Private Google Access is off', [path, false]);
  },
});
