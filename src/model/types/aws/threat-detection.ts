import { defineResourceType } from '../registry.js';

/** GuardDuty in one region. null detectorId = no detector. */
export interface GuardDutyDetectorConfig {
  readonly detectorId: string | null | undefined;
  readonly enabled: boolean | undefined;
  /** Malware Protection for EC2 (EBS_MALWARE_PROTECTION feature). */
  readonly ebsMalwareProtection: boolean | undefined;
  /** Malware Protection for S3 plans exist for buckets. */
  readonly s3MalwareProtection: boolean | undefined;
  readonly s3DataEvents: boolean | undefined;
}

/** Amazon Inspector in one region: status per scan type. */
export interface Inspector2StatusConfig {
  readonly ec2: boolean | undefined;
  readonly ecr: boolean | undefined;
  readonly lambda: boolean | undefined;
  /**
   * Whether the region holds anything for each scan type to scan: EC2 instances
   * (DescribeInstances), ECR repositories (DescribeRepositories), Lambda functions
   * (GetAccountSettings FunctionCount). undefined = not known (the read failed; in IaC, the
   * configuration declares none, but another may).
   */
  readonly workloads: { readonly ec2: boolean | undefined; readonly ecr: boolean | undefined; readonly lambda: boolean | undefined };
}

export const GUARDDUTY_DETECTOR = defineResourceType({ type: 'aws.guardduty.detector', provider: 'aws', title: 'GuardDuty (region)', native: { terraform: ['aws_guardduty_detector', 'aws_guardduty_detector_feature'] } });
export const INSPECTOR2_STATUS = defineResourceType({ type: 'aws.inspector2.status', provider: 'aws', title: 'Amazon Inspector (region)', native: { terraform: ['aws_inspector2_enabler'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.guardduty.detector': GuardDutyDetectorConfig;
    'aws.inspector2.status': Inspector2StatusConfig;
  }
}
