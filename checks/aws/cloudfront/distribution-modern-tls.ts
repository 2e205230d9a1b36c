import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';
import { isModernCloudFrontProtocol } from '../../../src/model/aws/tls.js';

export default defineCheck({
  meta: {
    id: 'aws-cloudfront-distribution-modern-tls',
    title: 'CloudFront distribution requires TLS 1.2 or later from viewers',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'The minimum protocol version (TLSv1, TLSv1_2016, TLSv1.1_2016 still allow TLS 1.0/1.1) applies with a custom certificate. A distribution on the default *.cloudfront.net certificate reports TLSv1 and cannot change it: that is reported as a failure to fix with a custom certificate.',
    remediation: {
      summary: 'Use a custom ACM certificate and set the security policy to TLSv1.2_2021 or later.',
      console: 'CloudFront > distribution > General > Settings > Edit > Custom SSL certificate > Security policy: TLSv1.2_2021.',
      cli: 'Set ViewerCertificate.MinimumProtocolVersion to TLSv1.2_2021 in the distribution config and run aws cloudfront update-distribution.',
      terraform: 'resource "aws_cloudfront_distribution" "x" { viewer_certificate { acm_certificate_arn = aws_acm_certificate.x.arn\n ssl_support_method = "sni-only"\n minimum_protocol_version = "TLSv1.2_2021" } }',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  },
  evaluate(dist) {
    const path = 'config.minimumProtocolVersion';
    const v = dist.config.minimumProtocolVersion;
    if (v === undefined) return notAssessed('viewer certificate settings could not be read', [path, v]);
    if (v === null) return fail('no minimum protocol version: the default certificate allows TLS 1.0', [path, v]);
    return isModernCloudFrontProtocol(v) ? pass(`minimum protocol ${v}`, [path, v]) : fail(`minimum protocol ${v} allows TLS below 1.2`, [path, v]);
  },
});
