import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudfront-distribution-https-viewers',
    title: 'CloudFront distribution requires HTTPS from viewers',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'A cache behavior with viewer protocol policy allow-all serves content (and accepts requests) over plain HTTP. redirect-to-https and https-only keep viewer traffic encrypted.',
    remediation: {
      summary: 'Set every cache behavior\'s viewer protocol policy to redirect-to-https or https-only.',
      console: 'CloudFront > distribution > Behaviors > each behavior > Edit > Viewer protocol policy: Redirect HTTP to HTTPS.',
      cli: 'aws cloudfront get-distribution-config --id ID > d.json; set ViewerProtocolPolicy to redirect-to-https; aws cloudfront update-distribution --id ID --if-match ETAG --distribution-config file://d.json',
      terraform: 'resource "aws_cloudfront_distribution" "x" { default_cache_behavior { viewer_protocol_policy = "redirect-to-https" } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
  },
  evaluate(dist) {
    const path = 'config.viewerProtocolPolicies';
    const v = dist.config.viewerProtocolPolicies;
    if (v === undefined) return notAssessed('cache behaviors could not be read', [path, v]);
    return v.includes('allow-all') ? fail('a cache behavior allows plain HTTP (allow-all)', [path, v]) : pass('every cache behavior requires or redirects to HTTPS', [path, v]);
  },
});
