/**
 * A declarative Azure world: subscriptions with resource groups and resources in the shapes ARM
 * returns (`properties` as the resource provider's REST JSON), sub-resources and subscription
 * settings served at their ARM paths, and the Microsoft Graph policies of the tenant.
 */
import { pushAll } from '../../lib/arrays.js';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };
export type JsonObject = { readonly [key: string]: Json | undefined };

export interface WorldResource {
  /** ARM type, e.g. `Microsoft.Storage/storageAccounts` (child types such as `Microsoft.Sql/servers/databases` too). */
  readonly type: string;
  /** For a top-level type: its name; for a child type: `parent/child` (e.g. `srv1/db1`). */
  readonly name: string;
  readonly resourceGroup: string;
  readonly location: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly sku?: JsonObject;
  readonly kind?: string;
  readonly identity?: JsonObject;
  /** Top-level `managedBy` (a disk's VM). */
  readonly managedBy?: string;
  readonly properties?: JsonObject;
  /**
   * Sub-resources and settings under this resource, by path relative to its id
   * (`blobServices/default`, `providers/Microsoft.Insights/diagnosticSettings`): the JSON body
   * of a GET. A body with a `value` array is a list and is served in nextLink pages.
   */
  readonly children?: Readonly<Record<string, JsonObject>>;
}

export interface WorldResourceGroup {
  readonly name: string;
  readonly location: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface WorldSubscription {
  readonly subscriptionId: string;
  readonly displayName: string;
  readonly state?: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue';
  readonly resourceGroups: readonly WorldResourceGroup[];
  readonly resources: readonly WorldResource[];
  /**
   * Subscription-scope settings by path relative to `/subscriptions/<id>`
   * (`providers/Microsoft.Security/pricings`, `providers/Microsoft.Insights/diagnosticSettings`).
   */
  readonly settings?: Readonly<Record<string, JsonObject>>;
  /**
   * Rows of the Resource Graph `patchassessmentresources` table (Azure Update Manager), as ARG
   * returns them: `id` (`<vm id>/patchAssessmentResults/latest[/softwarePatches/<patch>]`), `type`
   * (`microsoft.compute/virtualmachines/patchassessmentresults[/softwarepatches]`) and `properties`.
   */
  readonly patchAssessmentResources?: readonly JsonObject[];
}

export interface WorldManagementGroup {
  readonly name: string;
  readonly displayName?: string;
  /** Subscriptions directly under this group. */
  readonly subscriptions: readonly string[];
  /** Child management group names. */
  readonly children?: readonly string[];
}

export interface WorldGraph {
  /** `GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy` body. */
  readonly securityDefaults?: JsonObject;
  /** `GET /v1.0/identity/conditionalAccess/policies` items. */
  readonly conditionalAccessPolicies?: readonly JsonObject[];
  /**
   * Active members of directory roles by role template id, as `GET /v1.0/directoryRoles(roleTemplateId='…')/members`
   * returns them (`@odata.type`, `id`, ...). A role not listed is not activated in the tenant (404).
   */
  readonly directoryRoleMembers?: Readonly<Record<string, readonly JsonObject[]>>;
}

export interface AzureWorld {
  readonly tenantId: string;
  readonly subscriptions: readonly WorldSubscription[];
  readonly managementGroups?: readonly WorldManagementGroup[];
  readonly graph?: WorldGraph;
}

/** A resource as the simulator serves it: its full id and the generic ARM envelope. */
export interface ServedResource {
  readonly id: string;
  readonly subscriptionId: string;
  readonly world: WorldResource;
  /** The envelope ARM returns for GET <id> (and, minus `properties`, in resources list). */
  readonly body: JsonObject;
}

/** `/subscriptions/<s>/resourceGroups/<rg>/providers/<ns>/<t1>/<n1>[/<t2>/<n2>...]`. */
export function resourceId(subscriptionId: string, r: Pick<WorldResource, 'type' | 'name' | 'resourceGroup'>): string {
  const [namespace, ...types] = r.type.split('/');
  const names = r.name.split('/');
  const segments = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/');
  return `/subscriptions/${subscriptionId}/resourceGroups/${r.resourceGroup}/providers/${namespace ?? ''}/${segments}`;
}

export function serveResources(world: AzureWorld): ServedResource[] {
  const out: ServedResource[] = [];
  for (const s of world.subscriptions) {
    for (const r of s.resources) {
      const id = resourceId(s.subscriptionId, r);
      const body: Record<string, Json | undefined> = { id, name: r.name.split('/').pop() ?? r.name, type: r.type, location: r.location, tags: r.tags ?? {} };
      if (r.sku) body.sku = r.sku;
      if (r.kind) body.kind = r.kind;
      if (r.identity) body.identity = r.identity;
      if (r.managedBy) body.managedBy = r.managedBy;
      body.properties = r.properties ?? {};
      out.push({ id, subscriptionId: s.subscriptionId, world: r, body });
    }
  }
  return out.sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0));
}

/** Subscriptions under a management group and its descendants. */
export function subscriptionsUnder(world: AzureWorld, group: string): string[] {
  const groups = new Map((world.managementGroups ?? []).map((g) => [g.name.toLowerCase(), g]));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const g = groups.get(name.toLowerCase());
    if (!g || seen.has(g.name)) return;
    seen.add(g.name);
    pushAll(out, g.subscriptions);
    for (const c of g.children ?? []) visit(c);
  };
  visit(group);
  return out;
}
