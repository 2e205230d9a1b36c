import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'aws-acm-certificate-rsa-2048-or-stronger',
    title: 'ACM certificate key is RSA 2048 bits or stronger, or elliptic-curve',
    severity: 'medium',
    provider: 'aws',
    service: 'acm',
    resourceTypes: ['aws.acm.certificate'],
    requirements: ['encryption-in-transit'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.312(e)(2)(ii)'],
    rationale: 'A 1024-bit RSA key no longer meets NIST SP 800-131A for TLS authentication: the key exchange that protects ePHI in transit (proposed 164.312(b)(2)) is only as strong as the certificate key. Imported certificates can still carry RSA_1024 (AWS Config acm-certificate-rsa-check). RSA_2048, 3072 and 4096 and the EC curves pass; an unknown key algorithm is not assessed.',
    remediation: {
      summary: 'Reissue the certificate with an RSA 2048 (or larger) or ECDSA P-256/P-384 key and replace it where it is used.',
      console: 'Certificate Manager > Request a certificate > Key algorithm: RSA 2048 or ECDSA P 256; then switch the listeners and distributions to it.',
      cli: 'aws acm request-certificate --domain-name app.example.org --validation-method DNS --key-algorithm EC_prime256v1',
      terraform: 'resource "aws_acm_certificate" "x" { domain_name = "app.example.org"\n validation_method = "DNS"\n key_algorithm = "EC_prime256v1" }',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/acm-certificate-rsa-check.html', 'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms'],
  },
  evaluate(cert) {
    const path = 'config.keyAlgorithm';
    const alg = cert.config.keyAlgorithm;
    if (alg === undefined) return notAssessed('key algorithm could not be read', [path, alg]);
    const rsa = /^RSA[_-]?(\d+)$/i.exec(alg);
    if (rsa) return Number(rsa[1]) >= 2048 ? pass(`${alg} key`, [path, alg]) : fail(`${alg} key is weaker than RSA 2048`, [path, alg]);
    if (/^EC/i.test(alg)) return pass(`${alg} (elliptic-curve) key`, [path, alg]);
    return notAssessed(`key algorithm ${alg} is not one this check knows`, [path, alg]);
  },
});
