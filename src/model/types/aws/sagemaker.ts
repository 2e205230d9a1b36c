import { defineResourceType } from '../registry.js';

/** SageMaker notebook instance (`DescribeNotebookInstance`). */
export interface SageMakerNotebookConfig {
  /** `KmsKeyId`: the customer-managed key encrypting the ML storage volume; null = the AWS managed key. */
  readonly kmsKeyId: string | null | undefined;
  /** `DirectInternetAccess` is `Enabled`: SageMaker's own network gives the notebook internet access, outside the account's VPC controls. */
  readonly directInternetAccess: boolean | undefined;
  /** `RootAccess` is `Enabled`. */
  readonly rootAccess: boolean | undefined;
  /** `SubnetId`; null = not attached to a VPC. */
  readonly subnetId: string | null | undefined;
  readonly securityGroupIds: readonly string[] | undefined;
}

export const SAGEMAKER_NOTEBOOK = defineResourceType({
  type: 'aws.sagemaker.notebook-instance', provider: 'aws', title: 'SageMaker notebook instance', native: { awsConfig: 'AWS::SageMaker::NotebookInstance', terraform: ['aws_sagemaker_notebook_instance'] },
  network: (c) => ({ subnetIds: c.subnetId ? [c.subnetId] : c.subnetId === null ? [] : undefined, securityGroupIds: c.securityGroupIds }),
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.sagemaker.notebook-instance': SageMakerNotebookConfig;
  }
}
