import type { PolicyDocument } from './common.js';
import { defineResourceType } from '../registry.js';

/** Lambda function (`GetFunctionConfiguration`, `GetPolicy`, `GetFunctionUrlConfig`). Environment values are never read. */
export interface LambdaFunctionConfig {
  /** `Runtime`; null for a container image. */
  readonly runtime: string | null | undefined;
  /** `PackageType`: `Zip` or `Image`. */
  readonly packageType: 'Zip' | 'Image' | undefined;
  /** `KMSKeyArn`, the key encrypting environment variables at rest; null = the AWS managed key. */
  readonly kmsKeyArn: string | null | undefined;
  /** Names of the environment variables (`Environment.Variables` keys); their values may be secrets and are not kept. */
  readonly environmentVariableNames: readonly string[] | undefined;
  /** `VpcConfig`; null = not attached to a VPC. */
  readonly vpc: { readonly vpcId: string | undefined; readonly subnetIds: readonly string[]; readonly securityGroupIds: readonly string[] } | null | undefined;
  /** `TracingConfig.Mode`: `Active` or `PassThrough`. */
  readonly tracingMode: string | undefined;
  /** `LoggingConfig.LogGroup` (default `/aws/lambda/<name>`). */
  readonly logGroup: string | undefined;
  /** `GetFunctionUrlConfig.AuthType`: `NONE` is a public URL; null = no function URL. */
  readonly functionUrlAuthType: 'NONE' | 'AWS_IAM' | null | undefined;
  /** Resource-based policy (`GetPolicy`); null = none. */
  readonly policy: PolicyDocument | null | undefined;
}

export const LAMBDA_FUNCTION = defineResourceType({
  type: 'aws.lambda.function', provider: 'aws', title: 'Lambda function',
  native: { awsConfig: 'AWS::Lambda::Function', terraform: ['aws_lambda_function', 'aws_lambda_permission', 'aws_lambda_function_url'] },
  network: (c) => (c.vpc ? { networkId: c.vpc.vpcId, subnetIds: c.vpc.subnetIds, securityGroupIds: c.vpc.securityGroupIds } : {}),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.lambda.function': LambdaFunctionConfig;
  }
}
