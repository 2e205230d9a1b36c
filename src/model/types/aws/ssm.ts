import { defineResourceType } from '../registry.js';

/** A Systems Manager document the account owns (`ListDocuments` Owner=Self, `DescribeDocumentPermission`). Id: its ARN. */
export interface SsmDocumentConfig {
  /** `Command`, `Automation`, `Session`... */
  readonly documentType: string | undefined;
  /** Account ids the document is shared with; `all` = public; undefined = permissions not read. */
  readonly sharedWith: readonly string[] | undefined;
}

export const SSM_DOCUMENT = defineResourceType({ type: 'aws.ssm.document', provider: 'aws', title: 'Systems Manager document', native: { awsConfig: 'AWS::SSM::Document', terraform: ['aws_ssm_document'] } });

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.ssm.document': SsmDocumentConfig;
  }
}
