import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudfront-distribution-https-origins',
    title: 'CloudFront distribution connects to custom origins over HTTPS',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Viewer-side HTTPS does not protect the hop from CloudFront to a custom origin: origin protocol policy http-only (or match-viewer with HTTP viewers) sends requests and responses in clear across the internet.',
    remediation: {
      summary: 'Set each custom origin\'s protocol policy to https-only with TLSv1.2 origin SSL protocols.',
      console: 'CloudFront > distribution > Origins > origin > Edit > Protocol: HTTPS only; Minimum origin SSL protocol: TLSv1.2.',
      cli: 'Set CustomOriginConfig.OriginProtocolPolicy to https-only in the distribution config and run aws cloudfront update-distribution.',
      terraform: 'origin { custom_origin_config { origin_protocol_policy = "https-only"\n origin_ssl_protocols = ["TLSv1.2"]\n http_port = 80\n https_port = 443 } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html'],
  },
  evaluate(dist) {
    const path = 'config.originProtocolPolicies';
    const v = dist.config.originProtocolPolicies;
    if (v === undefined) return notAssessed('origin settings could not be read', [path, v]);
    if (v.includes('http-only')) return fail('a custom origin is reached over plain HTTP', [path, v]);
    if (v.includes('match-viewer')) {
      const viewers = dist.config.viewerProtocolPolicies;
      if (viewers === undefined) return notAssessed('origin matches the viewer protocol, and the viewer policies could not be read', [path, v]);
      if (viewers.includes('allow-all')) return fail('origin matches the viewer protocol and viewers may use HTTP', [path, v], ['config.viewerProtocolPolicies', viewers]);
    }
    return pass(v.length === 0 ? 'no custom origins' : 'custom origins are reached over HTTPS', [path, v]);
  },
});
