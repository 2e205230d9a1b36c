import { defineResourceType } from '../registry.js';

/** An ACM certificate (`ListCertificates` CertificateSummary, every key type). Id: the certificate ARN. */
export interface AcmCertificateConfig {
  /** `ISSUED`, `EXPIRED`, `PENDING_VALIDATION`, `INACTIVE`, `REVOKED`, `FAILED`, `VALIDATION_TIMED_OUT`. */
  readonly status: string | undefined;
  /** `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`. */
  readonly certificateType: string | undefined;
  /** `RSA_2048`, `RSA_1024`, `EC_prime256v1`... */
  readonly keyAlgorithm: string | undefined;
  /** `NotAfter` (ISO 8601); null = not issued yet. Runtime state: unknown from IaC. */
  readonly notAfter: string | null | undefined;
  /** Associated with another AWS resource (load balancer, CloudFront...). */
  readonly inUse: boolean | undefined;
  /** `ELIGIBLE` for ACM managed renewal, or `INELIGIBLE`. */
  readonly renewalEligibility: string | undefined;
}

export const ACM_CERTIFICATE = defineResourceType({ type: 'aws.acm.certificate', provider: 'aws', title: 'ACM certificate', native: { awsConfig: 'AWS::ACM::Certificate', terraform: ['aws_acm_certificate'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.acm.certificate': AcmCertificateConfig;
  }
}
