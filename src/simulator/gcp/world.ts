/**
 * A declarative Cloud Asset Inventory world: an organization tree and the assets of each
 * project, in the shapes the CAI API returns (`resource.data` as the service's REST JSON).
 */

export interface WorldIamPolicy {
  readonly bindings?: readonly { readonly role: string; readonly members: readonly string[]; readonly condition?: { readonly expression: string } }[];
  readonly auditConfigs?: readonly { readonly service: string; readonly auditLogConfigs: readonly { readonly logType: string; readonly exemptedMembers?: readonly string[] }[] }[];
}

/** v1 organization policy (`google.cloud.orgpolicy.v1.Policy`) as JSON. */
export interface WorldOrgPolicy {
  readonly constraint: string;
  readonly booleanPolicy?: { readonly enforced: boolean };
  readonly listPolicy?: { readonly allowedValues?: readonly string[]; readonly deniedValues?: readonly string[]; readonly allValues?: 'ALLOW' | 'DENY' };
  readonly restoreDefault?: Record<string, never>;
}

export interface WorldAsset {
  readonly assetType: string;
  /** Full resource name, e.g. `//storage.googleapis.com/my-bucket`. */
  readonly name: string;
  readonly location?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly iamPolicy?: WorldIamPolicy;
}

export interface WorldProject {
  readonly projectId: string;
  readonly projectNumber: string;
  /** `folders/N` or `organizations/N`; omitted = no organization. */
  readonly parent?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly iamPolicy?: WorldIamPolicy;
  readonly orgPolicies?: readonly WorldOrgPolicy[];
  /** Enabled services: become `serviceusage.googleapis.com/Service` assets. */
  readonly enabledServices?: readonly string[];
  /** Compute Engine project metadata: becomes a `compute.googleapis.com/Project` asset. */
  readonly computeMetadata?: Readonly<Record<string, string>>;
  readonly assets?: readonly WorldAsset[];
}

export interface WorldContainer {
  /** Numeric id. */
  readonly id: string;
  readonly displayName?: string;
  /** For folders: `folders/N` or `organizations/N`. */
  readonly parent?: string;
  readonly orgPolicies?: readonly WorldOrgPolicy[];
  readonly iamPolicy?: WorldIamPolicy;
  /** Assets that live on the folder or organization itself (Security Command Center service settings...). */
  readonly assets?: readonly WorldAsset[];
}

export interface GcpWorld {
  readonly organization?: WorldContainer;
  readonly folders?: readonly WorldContainer[];
  readonly projects: readonly WorldProject[];
}

/** An asset as the simulator serves it: the world entry plus its ancestry. */
export interface ServedAsset {
  readonly assetType: string;
  readonly name: string;
  /** `projects/N`, `folders/N`, `organizations/N`, nearest first. */
  readonly ancestors: readonly string[];
  /** The project id the asset lives in (for `projects/<id>` parents). */
  readonly projectId: string | undefined;
  readonly location: string | undefined;
  readonly parent: string | undefined;
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly iamPolicy: WorldIamPolicy | undefined;
  readonly orgPolicies: readonly WorldOrgPolicy[] | undefined;
}

/** Flatten a world into the asset list the server pages through, sorted by asset type then name. */
export function flattenWorld(world: GcpWorld): ServedAsset[] {
  const parentOf = new Map<string, string | undefined>();
  if (world.organization) parentOf.set(`organizations/${world.organization.id}`, undefined);
  for (const f of world.folders ?? []) parentOf.set(`folders/${f.id}`, f.parent);
  const chain = (start: string | undefined): string[] => {
    const out: string[] = [];
    for (let cur = start; cur !== undefined && !out.includes(cur); cur = parentOf.get(cur)) out.push(cur);
    return out;
  };
  const out: ServedAsset[] = [];
  const container = (kind: 'organizations' | 'folders', c: WorldContainer, assetType: string): void => {
    const self = `${kind}/${c.id}`;
    out.push({
      assetType, name: `//cloudresourcemanager.googleapis.com/${self}`, ancestors: chain(self), projectId: undefined, location: 'global', parent: c.parent ? `//cloudresourcemanager.googleapis.com/${c.parent}` : undefined,
      data: { name: self, displayName: c.displayName ?? c.id, ...(c.parent ? { parent: c.parent } : {}), state: 'ACTIVE' }, iamPolicy: c.iamPolicy, orgPolicies: c.orgPolicies,
    });
    for (const a of c.assets ?? []) {
      out.push({ assetType: a.assetType, name: a.name, ancestors: chain(self), projectId: undefined, location: a.location, parent: `//cloudresourcemanager.googleapis.com/${self}`, data: a.data, iamPolicy: a.iamPolicy, orgPolicies: undefined });
    }
  };
  if (world.organization) container('organizations', world.organization, 'cloudresourcemanager.googleapis.com/Organization');
  for (const f of world.folders ?? []) container('folders', f, 'cloudresourcemanager.googleapis.com/Folder');
  for (const p of world.projects) {
    const ancestors = [`projects/${p.projectNumber}`, ...chain(p.parent)];
    const base = { ancestors, projectId: p.projectId, iamPolicy: undefined, orgPolicies: undefined };
    const parentLink = `//cloudresourcemanager.googleapis.com/projects/${p.projectNumber}`;
    const [parentType, parentId] = p.parent?.split('/') ?? [];
    out.push({
      ...base, assetType: 'cloudresourcemanager.googleapis.com/Project', name: parentLink, location: 'global', parent: p.parent ? `//cloudresourcemanager.googleapis.com/${p.parent}` : undefined,
      data: { projectNumber: p.projectNumber, projectId: p.projectId, lifecycleState: 'ACTIVE', name: p.projectId, labels: p.labels ?? {}, ...(parentType ? { parent: { type: parentType.replace(/s$/, ''), id: parentId } } : {}) },
      iamPolicy: p.iamPolicy, orgPolicies: p.orgPolicies,
    });
    for (const s of p.enabledServices ?? []) {
      out.push({ ...base, assetType: 'serviceusage.googleapis.com/Service', name: `//serviceusage.googleapis.com/projects/${p.projectNumber}/services/${s}`, location: 'global', parent: parentLink, data: { name: `projects/${p.projectNumber}/services/${s}`, state: 'ENABLED', parent: `projects/${p.projectNumber}` } });
    }
    if (p.computeMetadata) {
      out.push({
        ...base, assetType: 'compute.googleapis.com/Project', name: `//compute.googleapis.com/projects/${p.projectId}`, location: 'global', parent: parentLink,
        data: { name: p.projectId, commonInstanceMetadata: { items: Object.entries(p.computeMetadata).map(([key, value]) => ({ key, value })) } },
      });
    }
    for (const a of p.assets ?? []) {
      out.push({ ...base, assetType: a.assetType, name: a.name, location: a.location, parent: parentLink, data: a.data, iamPolicy: a.iamPolicy });
    }
  }
  return out.sort((a, b) => (a.assetType === b.assetType ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.assetType < b.assetType ? -1 : 1));
}
