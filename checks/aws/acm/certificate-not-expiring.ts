import { defineCheck, fail, notApplicable, notAssessed, pass } from '../../../src/engine/check-api.js';
import { numberOption } from '../../../src/model/aws/time.js';

/** Statuses of a certificate that was issued (and can expire or has). */
const ISSUED = ['ISSUED', 'EXPIRED'];

export default defineCheck({
  meta: {
    id: 'aws-acm-certificate-not-expiring',
    title: 'ACM certificate in use does not expire within 30 days',
    severity: 'medium',
    provider: 'aws',
    service: 'acm',
    resourceTypes: ['aws.acm.certificate'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(1)'],
    rationale: 'An expired certificate breaks the TLS that protects ePHI in transit (proposed 164.312(b)(2)), and the usual emergency fix is to turn verification off or fall back to plain HTTP. ACM renews the certificates it issued about 60 days before expiry when their validation still works; imported ones are never renewed. A certificate that expires within the window (30 days by default; AWS Config acm-certificate-expiration-check) fails, as does one already expired: for an ACM-issued one it means managed renewal is failing. Certificates not in use by any AWS resource, and those never issued, are not applicable.',
    remediation: {
      summary: 'Fix the renewal (DNS validation record in place) for an ACM-issued certificate, or import the renewed certificate; then remove expired ones.',
      console: 'Certificate Manager > certificate > Renewal status / Domains: add the CNAME validation records; or Reimport certificate for an imported one.',
      cli: 'aws acm describe-certificate --certificate-arn ARN --query Certificate.RenewalSummary && aws acm import-certificate --certificate-arn ARN --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
      terraform: 'resource "aws_acm_certificate" "x" { domain_name = "app.example.org"\n validation_method = "DNS"\n lifecycle { create_before_destroy = true } }  # with aws_route53_record validation records kept in place',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/acm-certificate-expiration-check.html', 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html'],
    defaultOptions: { daysToExpiration: 30 },
  },
  evaluate(cert, ctx) {
    const c = cert.config;
    if (c.inUse === false) return notApplicable('certificate is not associated with any AWS resource');
    if (c.status === undefined) return notAssessed('certificate status could not be read', ['config.status', c.status]);
    if (!ISSUED.includes(c.status)) return notApplicable(`certificate was never issued (${c.status})`);
    const path = 'config.notAfter';
    if (c.notAfter === undefined || c.notAfter === null) return notAssessed('expiry date could not be read', [path, c.notAfter]);
    const end = Date.parse(c.notAfter);
    if (Number.isNaN(end)) return notAssessed('expiry date does not parse', [path, c.notAfter]);
    const window = numberOption(ctx.options, 'daysToExpiration', 30);
    const days = Math.floor((end - ctx.now.getTime()) / 86_400_000);
    const who = c.certificateType === 'IMPORTED' ? 'imported: ACM never renews it' : 'ACM-issued: managed renewal has not renewed it';
    if (days < 0) return fail(`expired ${-days} day(s) ago (${who})`, [path, c.notAfter], ['config.certificateType', c.certificateType]);
    if (days <= window) return fail(`expires in ${days} day(s), within ${window} (${who})`, [path, c.notAfter], ['config.certificateType', c.certificateType]);
    return pass(`valid for ${days} more days`, [path, c.notAfter]);
  },
});
