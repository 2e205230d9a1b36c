import { defineResourceType } from '../registry.js';

/** Which VMs a patch deployment targets (`instanceFilter`). */
export interface PatchInstanceFilter {
  readonly all: boolean;
  /** Each group matches VMs carrying all of its labels. */
  readonly groupLabels: readonly Readonly<Record<string, string>>[];
  readonly zones: readonly string[];
  /** Instance names as given (`zones/Z/instances/N`, `projects/P/zones/Z/instances/N` or a URL). */
  readonly instances: readonly string[];
  readonly instanceNamePrefixes: readonly string[];
}

/** A VM Manager patch deployment (CAI `osconfig.googleapis.com/PatchDeployment`). */
export interface OsconfigPatchDeploymentConfig {
  readonly instanceFilter: PatchInstanceFilter | undefined;
  /** `DAILY`, `WEEKLY`, `MONTHLY`; null = a one-time deployment. */
  readonly recurringFrequency: string | null | undefined;
  /** `ACTIVE` or `PAUSED`. */
  readonly state: string | undefined;
  /** When a recurring schedule stops; null = never. */
  readonly endTime: string | null | undefined;
}

export const OSCONFIG_PATCH_DEPLOYMENT = defineResourceType({
  type: 'gcp.osconfig.patch-deployment',
  provider: 'gcp',
  title: 'VM Manager patch deployment',
  native: { cai: 'osconfig.googleapis.com/PatchDeployment', terraform: ['google_os_config_patch_deployment'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'gcp.osconfig.patch-deployment': OsconfigPatchDeploymentConfig;
  }
}
