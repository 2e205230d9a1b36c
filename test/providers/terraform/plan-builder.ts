/**
 * Builds `terraform show -json` documents for tests, in the layout Terraform documents for
 * format_version 1.x (internal/command/jsonplan): `resource_changes[].change.after` holds the
 * planned values with unknowns left out and marked in `after_unknown`; `configuration` holds each
 * resource block's expressions (nested blocks as lists of expression objects, `dynamic` blocks absent).
 */
export interface PlanResource {
  readonly type: string;
  readonly name: string;
  /** Module path of the resource, with instance keys: `module.a["x"].module.b`. */
  readonly module?: string;
  readonly index?: string | number;
  readonly after: Record<string, unknown>;
  readonly afterUnknown?: Record<string, unknown>;
  /** The block's configuration expressions; omitted = the resource has no configuration entry. */
  readonly expressions?: Record<string, unknown>;
  readonly providerConfigKey?: string;
}

const stripKeys = (a: string) => a.replace(/\[[^\]]*\]/g, '');

export function planJson(resources: readonly PlanResource[], providerConfig: Record<string, unknown> = { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } }): string {
  const root: { resources: unknown[]; module_calls: Record<string, unknown> } = { resources: [], module_calls: {} };
  const moduleOf = (path: string) => {
    let mod = root;
    for (const part of stripKeys(path).split('.').filter((p) => p !== 'module' && p !== '')) {
      const calls = mod.module_calls as Record<string, { source: string; module: typeof root }>;
      calls[part] ??= { source: `./${part}`, module: { resources: [], module_calls: {} } };
      mod = calls[part].module;
    }
    return mod;
  };
  const changes = resources.map((r) => {
    const key = r.index === undefined ? '' : typeof r.index === 'number' ? `[${r.index}]` : `[${JSON.stringify(r.index)}]`;
    const local = `${r.type}.${r.name}`;
    const address = `${r.module ? `${r.module}.` : ''}${local}${key}`;
    if (r.expressions) {
      const mod = moduleOf(r.module ?? '');
      if (!mod.resources.some((x) => (x as { address: string }).address === local)) {
        mod.resources.push({ address: local, mode: 'managed', type: r.type, name: r.name, provider_config_key: r.providerConfigKey ?? r.type.split('_')[0], expressions: r.expressions, schema_version: 0 });
      }
    }
    return {
      address,
      ...(r.module ? { module_address: r.module } : {}),
      mode: 'managed',
      type: r.type,
      name: r.name,
      ...(r.index === undefined ? {} : { index: r.index }),
      provider_name: `registry.terraform.io/hashicorp/${r.type.split('_')[0]}`,
      change: { actions: ['create'], before: null, after: r.after, after_unknown: r.afterUnknown ?? {}, before_sensitive: false, after_sensitive: {} },
    };
  });
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: {} },
    resource_changes: changes,
    configuration: { provider_config: providerConfig, root_module: root },
  });
}

/** An expression as the plan shows it: a constant, or references to other objects. */
export const constant = (v: unknown) => ({ constant_value: v });
export const refs = (...r: string[]) => ({ references: r });
