import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

/** Analyzer types that find external access (the others find unused or internal access). */
const EXTERNAL = ['ACCOUNT', 'ORGANIZATION'];

export default defineCheck({
  meta: {
    id: 'aws-iam-access-analyzer-enabled',
    title: 'IAM Access Analyzer watches the region for external access',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.access-analyzer'],
    requirements: ['access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(D)', '45 CFR 164.312(a)(1)'],
    rationale: 'Access Analyzer reports every bucket, key, role, secret, queue and snapshot in the region that a policy shares outside the account or organization, which is how access not granted by the entity shows up. Analyzers are regional: each scanned region needs an ACTIVE analyzer of type ACCOUNT or ORGANIZATION (an organization analyzer in a delegated administrator account covers member accounts, but is seen only when that account is scanned). Unused-access analyzers do not count. An analyzer declared in Terraform counts as active; a configuration that declares only other analyzers is not assessed, since the region may hold one it does not declare.',
    remediation: {
      summary: 'Create an account (or, from the delegated administrator, an organization) analyzer in every region in use.',
      console: 'IAM > Access analyzer > Analyzer settings > Create analyzer > Zone of trust: current account or organization.',
      cli: 'aws accessanalyzer create-analyzer --analyzer-name account --type ACCOUNT --region REGION',
      terraform: 'resource "aws_accessanalyzer_analyzer" "account" { analyzer_name = "account"\n type = "ACCOUNT" }',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html'],
  },
  evaluate(region) {
    const path = 'config.analyzers';
    const analyzers = region.config.analyzers;
    if (analyzers === undefined) return notAssessed('the region\'s analyzers could not be listed', [path, analyzers]);
    const active = analyzers.filter((a) => EXTERNAL.includes(a.type) && (a.status === 'ACTIVE' || a.status === null));
    if (active.length > 0) return pass(`active ${active.map((a) => `${a.type.toLowerCase()} analyzer ${a.arn}`).join(', ')}`, [path, active]);
    // A configuration declares some analyzers, never all of the region's: what it leaves out is unknown.
    if (analyzers.length > 0 && analyzers.every((a) => a.status === null)) return notAssessed('the configuration declares no account or organization analyzer here; whether the region has one outside it is unknown', [path, analyzers]);
    return fail(analyzers.length === 0 ? 'no Access Analyzer in the region' : 'no ACTIVE account or organization analyzer in the region', [path, analyzers]);
  },
});
