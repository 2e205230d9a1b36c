import type { AuditConfig, EffectiveConstraint, IamBinding, OrgpolicyPolicyConfig } from '../../src/model/types/gcp/index.js';
import type { Asset } from './list.js';

/** IAM policy protobuf object -> model bindings and audit configs. */
export function iamOf(asset: Asset): { bindings: IamBinding[]; auditConfigs: AuditConfig[] } {
  const p = asset.iamPolicy;
  const bindings = (p?.bindings ?? []).map((b) => ({ role: b.role ?? '', members: [...(b.members ?? [])].sort(), condition: b.condition?.expression || null }));
  const auditConfigs = (p?.auditConfigs ?? []).map((c) => ({
    service: c.service ?? '',
    auditLogConfigs: (c.auditLogConfigs ?? []).map((l) => ({ logType: logType(l.logType), exemptedMembers: [...(l.exemptedMembers ?? [])].sort() })),
  }));
  return { bindings, auditConfigs };
}

function logType(v: unknown): AuditConfig['auditLogConfigs'][number]['logType'] {
  const names = ['LOG_TYPE_UNSPECIFIED', 'ADMIN_READ', 'DATA_WRITE', 'DATA_READ'] as const;
  if (typeof v === 'number') return names[v] ?? 'LOG_TYPE_UNSPECIFIED';
  return (names as readonly unknown[]).includes(v) ? (v as (typeof names)[number]) : 'LOG_TYPE_UNSPECIFIED';
}

/** `//cloudresourcemanager.googleapis.com/projects/123` -> `projects/123`. */
export function containerName(assetName: string): string {
  return assetName.replace(/^\/\/cloudresourcemanager\.googleapis\.com\//, '');
}

/** v1 org policies on one project/folder/organization asset -> model configs. */
export function orgPoliciesOf(asset: Asset): OrgpolicyPolicyConfig[] {
  const attachedTo = containerName(asset.name ?? '');
  return (asset.orgPolicy ?? []).map((p) => {
    const list = p.listPolicy;
    const allValues = list?.allValues;
    return {
      constraint: p.constraint ?? '',
      attachedTo,
      enforced: p.booleanPolicy ? Boolean(p.booleanPolicy.enforced) : null,
      restoreDefault: Boolean(p.restoreDefault),
      listPolicy: list ? { allValues: typeof allValues === 'string' && allValues !== 'ALL_VALUES_UNSPECIFIED' ? allValues : null, allowedValues: [...(list.allowedValues ?? [])].sort(), deniedValues: [...(list.deniedValues ?? [])].sort() } : null,
    };
  });
}

/**
 * Boolean constraints as they apply to a project: the nearest policy on the project or an
 * ancestor decides (a restore-default policy means the default, which is "not enforced").
 */
export function effectiveConstraints(ancestors: readonly string[], policies: ReadonlyMap<string, readonly OrgpolicyPolicyConfig[]>): EffectiveConstraint[] {
  const out = new Map<string, EffectiveConstraint>();
  for (const node of ancestors) {
    for (const p of policies.get(node) ?? []) {
      if (out.has(p.constraint)) continue;
      if (p.enforced !== null) out.set(p.constraint, { constraint: p.constraint, enforced: p.enforced, setOn: node });
      else if (p.restoreDefault) out.set(p.constraint, { constraint: p.constraint, enforced: false, setOn: node });
    }
  }
  return [...out.values()].sort((a, b) => (a.constraint < b.constraint ? -1 : a.constraint > b.constraint ? 1 : 0));
}
