import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineCheck({
  meta: {
    id: 'aws-eks-cluster-endpoint-not-public',
    title: 'EKS cluster API endpoint is not open to the internet',
    severity: 'high',
    ephiSeverity: 'critical',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    requirements: ['network-segmentation', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(a)(1)'],
    rationale: 'EKS creates the Kubernetes API endpoint public and open to 0.0.0.0/0 unless told otherwise: anyone can then reach the control plane of the workloads that process ePHI and try credentials against it. A private endpoint, or a public one limited to known address ranges, keeps it out of reach.',
    remediation: {
      summary: 'Turn on the private endpoint and turn off the public one, or limit the public endpoint to your own address ranges.',
      console: 'Amazon EKS > Clusters > cluster > Networking > Manage endpoint access > Private (or Public and private with specific CIDR blocks) > Save.',
      cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
      terraform: 'resource "aws_eks_cluster" "x" { vpc_config { endpoint_private_access = true\n  endpoint_public_access = false } }',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
  },
  evaluate(cluster) {
    const c = cluster.config;
    const path = 'config.endpointPublicAccess';
    if (c.endpointPublicAccess === undefined) return notAssessed('endpoint access could not be read', [path, c.endpointPublicAccess]);
    if (!c.endpointPublicAccess) return pass('API endpoint is private', [path, false]);
    const cidrs = 'config.publicAccessCidrs';
    if (c.publicAccessCidrs === undefined) return notAssessed('public endpoint is on and its allowed address ranges could not be read', [path, true], [cidrs, c.publicAccessCidrs]);
    const open = c.publicAccessCidrs.filter((x) => OPEN.has(x));
    // An empty list is what the API reports for an unrestricted endpoint in some responses: treat it as open.
    if (open.length > 0 || c.publicAccessCidrs.length === 0) return fail(`public API endpoint is open to ${open.join(', ') || 'every address'}`, [path, true], [cidrs, c.publicAccessCidrs]);
    return pass(`public API endpoint is limited to ${c.publicAccessCidrs.length} address range(s)`, [path, true], [cidrs, c.publicAccessCidrs]);
  },
});
