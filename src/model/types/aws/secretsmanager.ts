import type { PolicyDocument } from './common.js';
import { defineResourceType } from '../registry.js';

/** Secrets Manager secret (`DescribeSecret`, `GetResourcePolicy`). Secret values are never read. */
export interface SecretsManagerSecretConfig {
  /** `KmsKeyId`; null = the AWS managed key `aws/secretsmanager`. */
  readonly kmsKeyId: string | null | undefined;
  /** `RotationEnabled`. */
  readonly rotationEnabled: boolean | undefined;
  /** `RotationLambdaARN`; null = none (not rotating, or managed rotation). */
  readonly rotationLambdaArn: string | null | undefined;
  /** `RotationRules.AutomaticallyAfterDays`, or the days of a `rate(N days)` schedule; null = not rotating or another schedule. */
  readonly rotationIntervalDays: number | null | undefined;
  /** `RotationRules.ScheduleExpression` (`rate(...)` or `cron(...)`); null = none. */
  readonly rotationScheduleExpression: string | null | undefined;
  /** `LastRotatedDate` (ISO 8601); null = never rotated. Runtime state: unknown from IaC. */
  readonly lastRotatedDate: string | null | undefined;
  /** `CreatedDate` (ISO 8601). Runtime state: unknown from IaC. */
  readonly createdDate: string | undefined;
  /** Resource policy; null = none. */
  readonly policy: PolicyDocument | null | undefined;
  /** Regions the secret is replicated to (`ReplicationStatus[].Region`). */
  readonly replicaRegions: readonly string[] | undefined;
}

export const SECRETSMANAGER_SECRET = defineResourceType({
  type: 'aws.secretsmanager.secret', provider: 'aws', title: 'Secrets Manager secret',
  native: { awsConfig: 'AWS::SecretsManager::Secret', terraform: ['aws_secretsmanager_secret', 'aws_secretsmanager_secret_rotation', 'aws_secretsmanager_secret_policy'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.secretsmanager.secret': SecretsManagerSecretConfig;
  }
}
