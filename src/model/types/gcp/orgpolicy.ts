import { defineResourceType } from '../registry.js';

/** One organization policy (v1 shape, CAI ORG_POLICY content) set on a project, folder or organization. */
export interface OrgpolicyPolicyConfig {
  readonly constraint: string;
  /** `projects/N`, `folders/N` or `organizations/N`. */
  readonly attachedTo: string;
  /** Boolean constraints; null = a list constraint or a restore-default policy. */
  readonly enforced: boolean | null;
  readonly restoreDefault: boolean;
  /** List constraints: allowed and denied values; null for boolean constraints. */
  readonly listPolicy: { readonly allValues: string | null; readonly allowedValues: readonly string[]; readonly deniedValues: readonly string[] } | null;
}

export const ORGPOLICY_POLICY = defineResourceType({
  type: 'gcp.orgpolicy.policy',
  provider: 'gcp',
  title: 'Organization policy',
  native: { cai: 'orgpolicy.googleapis.com/Policy', terraform: ['google_org_policy_policy', 'google_project_organization_policy'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.orgpolicy.policy': OrgpolicyPolicyConfig;
  }
}
