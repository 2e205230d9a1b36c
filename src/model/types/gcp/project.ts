import { defineResourceType } from '../registry.js';
import type { AuditConfig, IamBinding } from './common.js';
import type { LoggingSinkConfig } from './logging.js';

/** A boolean organization policy constraint as it applies to a project, resolved through its ancestors. */
export interface EffectiveConstraint {
  readonly constraint: string;
  readonly enforced: boolean;
  /** Where the deciding policy is set: `projects/123`, `folders/45` or `organizations/67`. */
  readonly setOn: string;
}

export interface VmOsLoginOverride {
  /** Full resource name of the instance. */
  readonly instance: string;
  /** The instance's `enable-oslogin` value; null = not set on the instance. */
  readonly enableOsLogin: string | null;
  readonly enableOsLogin2fa: string | null;
}

export interface InheritedSink extends LoggingSinkConfig {
  /** Full resource name of the sink. */
  readonly id: string;
}

export interface ResourcemanagerProjectConfig {
  readonly projectNumber: string | undefined;
  readonly lifecycleState: string | undefined;
  /** `projects/N`, `folders/N`, `organizations/N`, nearest first. */
  readonly ancestors: readonly string[] | undefined;
  readonly iamBindings: readonly IamBinding[] | undefined;
  /** Audit configs set on the project itself. */
  readonly auditConfigs: readonly AuditConfig[] | undefined;
  /**
   * The IAM policies of each folder and the organization above the project, nearest first: their
   * bindings apply to the project too, and their audit configs add to the project's (a child
   * cannot turn off what an ancestor enables). [] = no ancestors; undefined = some ancestor's IAM
   * policy was not read (outside the scanned scope, or the read failed).
   */
  readonly ancestorIamPolicies: readonly { readonly node: string; readonly bindings: readonly IamBinding[]; readonly auditConfigs: readonly AuditConfig[] }[] | undefined;
  /** Enabled service names (`securitycenter.googleapis.com`...); undefined = Service Usage not visible. */
  readonly enabledServices: readonly string[] | undefined;
  /** Compute Engine project metadata (`enable-oslogin`...); null = Compute Engine not in use. */
  readonly computeMetadata: Readonly<Record<string, string>> | null | undefined;
  /**
   * VMs whose own metadata sets `enable-oslogin` or `enable-oslogin-2fa` (instance metadata
   * overrides project metadata), sorted by instance; [] = none; undefined = instances not read.
   */
  readonly vmOsLoginOverrides: readonly VmOsLoginOverride[] | undefined;
  /**
   * Security Command Center Security Health Analytics as it applies to the project
   * (`securitycentermanagement.googleapis.com/SecurityCenterService` assets): its effective
   * enablement state and the node whose asset decided it (the project's own, or the nearest
   * ancestor's for organization-level activation). null = no such asset is visible; undefined = not read.
   */
  readonly securityHealthAnalytics: { readonly state: string; readonly setOn: string } | null | undefined;
  /** Security Command Center VM Threat Detection, resolved like `securityHealthAnalytics`. */
  readonly vmThreatDetection: { readonly state: string; readonly setOn: string } | null | undefined;
  /**
   * Sinks set on the folders and organization above the project with includeChildren (aggregated
   * sinks, which route this project's logs too), nearest first. [] = none; undefined = some
   * ancestor's sinks were not read (outside the scanned scope, or the read failed).
   */
  readonly inheritedSinks: readonly InheritedSink[] | undefined;
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
