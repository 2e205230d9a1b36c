import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-container-cluster-private-nodes',
    title: 'GKE cluster uses private nodes and restricts control-plane access',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'container',
    resourceTypes: ['gcp.container.cluster'],
    requirements: ['network-segmentation'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)', '45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'Nodes with public IPs are reachable from the internet, and a control-plane endpoint without authorized networks accepts connections from any address. Private nodes plus authorized networks keep ePHI workloads and the Kubernetes API off the public network.',
    remediation: {
      summary: 'Enable private nodes and control-plane authorized networks.',
      console: 'Kubernetes Engine > cluster > Networking > Edit > Private nodes: on; Control plane authorized networks: on.',
      cli: 'gcloud container clusters update CLUSTER --enable-private-nodes --enable-master-authorized-networks --master-authorized-networks=10.0.0.0/8',
      terraform: 'resource "google_container_cluster" "x" {\n  private_cluster_config { enable_private_nodes = true }\n  master_authorized_networks_config { cidr_blocks { cidr_block = "10.0.0.0/8" } }\n}',
    },
    references: ['https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept', 'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks'],
  },
  evaluate(cluster) {
    const { privateNodes, masterAuthorizedNetworks } = cluster.config;
    if (privateNodes === undefined || masterAuthorizedNetworks === undefined) return notAssessed('the cluster network configuration could not be read', ['config.privateNodes', privateNodes], ['config.masterAuthorizedNetworks', masterAuthorizedNetworks]);
    if (!privateNodes) return fail('nodes have public IP addresses', ['config.privateNodes', privateNodes]);
    if (masterAuthorizedNetworks === null) return fail('the control-plane endpoint accepts any source (authorized networks off)', ['config.masterAuthorizedNetworks', masterAuthorizedNetworks]);
    const open = masterAuthorizedNetworks.filter((c) => /\/0$/.test(c));
    if (open.length > 0) return fail(`control-plane authorized networks include ${open.join(', ')}`, ['config.masterAuthorizedNetworks', masterAuthorizedNetworks]);
    return pass('private nodes, control plane limited to authorized networks', ['config.privateNodes', privateNodes], ['config.masterAuthorizedNetworks', masterAuthorizedNetworks]);
  },
});
