import { defineResourceType } from '../registry.js';
import type { AuditConfig, IamBinding } from './common.js';

/** A boolean organization policy constraint as it applies to a project, resolved through its ancestors. */
export interface EffectiveConstraint {
  readonly constraint: string;
  readonly enforced: boolean;
  /** Where the deciding policy is set: `projects/123`, `folders/45` or `organizations/67`. */
  readonly setOn: string;
}

export interface ResourcemanagerProjectConfig {
  readonly projectNumber: string | undefined;
  readonly lifecycleState: string | undefined;
  /** `projects/N`, `folders/N`, `organizations/N`, nearest first. */
  readonly ancestors: readonly string[] | undefined;
  readonly iamBindings: readonly IamBinding[] | undefined;
  readonly auditConfigs: readonly AuditConfig[] | undefined;
  /** Enabled service names (`securitycenter.googleapis.com`...); undefined = Service Usage not visible. */
  readonly enabledServices: readonly string[] | undefined;
  /** Compute Engine project metadata (`enable-oslogin`...); null = Compute Engine not in use. */
  readonly computeMetadata: Readonly<Record<string, string>> | null | undefined;
  /** Boolean constraints set on the project or a visible ancestor. undefined = org policies could not be read. */
  readonly orgPolicyConstraints: readonly EffectiveConstraint[] | undefined;
  /** Every ancestor's org policies were read (organization scope); otherwise an unset constraint may be set above. */
  readonly orgPolicyAncestorsVisible: boolean;
}

export const RESOURCEMANAGER_PROJECT = defineResourceType({
  type: 'gcp.resourcemanager.project',
  provider: 'gcp',
  title: 'Project (IAM policy, audit configs, services)',
  native: { cai: 'cloudresourcemanager.googleapis.com/Project', terraform: ['google_project', 'google_project_iam_audit_config', 'google_project_service'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.resourcemanager.project': ResourcemanagerProjectConfig;
  }
}
