import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-eks-cluster-audit-logging',
    title: 'EKS cluster sends Kubernetes audit logs to CloudWatch Logs',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    requirements: ['audit-logging'],
    currentRule: ['45 CFR 164.312(b)'],
    rationale: 'The Kubernetes audit log records who did what through the API server (reading secrets, exec into pods, changing roles). EKS control plane logging is off by default, and the audit log is kept nowhere else.',
    remediation: {
      summary: 'Turn on the audit control plane log type (and api and authenticator).',
      console: 'Amazon EKS > Clusters > cluster > Observability > Control plane logging > Manage > Audit, API server, Authenticator: on > Save.',
      cli: 'aws eks update-cluster-config --name CLUSTER --logging \'{"clusterLogging":[{"types":["api","audit","authenticator"],"enabled":true}]}\'',
      terraform: 'resource "aws_eks_cluster" "x" { enabled_cluster_log_types = ["api", "audit", "authenticator"] }',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
  },
  evaluate(cluster) {
    const path = 'config.enabledLogTypes';
    const v = cluster.config.enabledLogTypes;
    if (v === undefined) return notAssessed('control plane logging could not be read', [path, v]);
    return v.includes('audit') ? pass('audit logs are sent to CloudWatch Logs', [path, v]) : fail('the audit control plane log is off', [path, v]);
  },
});
