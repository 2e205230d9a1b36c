import { UNKNOWN, type TfResource } from '../model.js';
import { readerOf, type Reader } from '../reader.js';
import { iacResourceId, type MapContext } from './context.js';

/** References from inside repeated blocks (`ip_configuration.subnet_id`), which are recorded per attribute path, not per block. */

/** A subnet is an `azurerm_subnet` or an inline subnet of an `azurerm_virtual_network`. */
export const SUBNET_TYPES = ['azurerm_subnet', 'azurerm_virtual_network'];

/** Id of a referenced resource; a VNet stands for its subnet only when it has exactly one inline subnet. */
function targetId(ctx: MapContext, p: TfResource): string | undefined {
  if (p.type !== 'azurerm_virtual_network') return ctx.id(p);
  const blocks = readerOf(p).blocks('subnet');
  const name = blocks?.length === 1 ? blocks[0]?.str('name') : undefined;
  return name ? `${ctx.id(p)}/subnets/${name}` : undefined;
}

/**
 * A data source of one of the types (`data.azurerm_subnet.app`): it names an existing resource the
 * input does not hold, identified by the data source's address.
 */
function dataSourceId(r: TfResource, addr: string, types: readonly string[]): string | undefined {
  const type = /(?:^|\.)data\.([^.]+)\.[^.]+$/.exec(addr)?.[1];
  return type && types.includes(type) ? iacResourceId({ format: r.format, stack: r.stack, address: addr }) : undefined;
}

/**
 * What one attribute of a repeated block (`ip_configuration.subnet_id`) names across all blocks:
 * literals plus the resources its references resolve to. References are recorded per attribute
 * path, not per block, so an unknown value is attributed only when every unknown value has a
 * resolved reference; otherwise (a variable that may be null) the answer is undefined.
 */
export function blockTargets(ctx: MapContext, r: TfResource, blocks: readonly Reader[], path: string, types: readonly string[]): string[] | undefined {
  const attr = path.slice(path.lastIndexOf('.') + 1);
  const values = blocks.map((b) => b.raw(attr));
  const unknown = values.filter((x) => x === UNKNOWN).length;
  const literals = values.filter((x): x is string => typeof x === 'string' && x !== '');
  if (unknown === 0) return [...new Set(literals)];
  const ids = (r.refs[path] ?? []).map((a) => {
    const p = ctx.referenced(r, a, types);
    return p ? targetId(ctx, p) : dataSourceId(r, a, types);
  });
  if (ids.length < unknown || ids.some((x) => x === undefined)) return undefined;
  return [...new Set([...literals, ...(ids as string[])])];
}

/** `ctx.idOrRef` that also accepts a data source of one of the types (`key_vault_key_id = data.azurerm_key_vault_key.k.id`). */
export function targetOf(ctx: MapContext, r: TfResource, attr: string, types: readonly string[]): string | null | undefined {
  const id = ctx.idOrRef(r, attr, types);
  if (id !== undefined) return id;
  const fromData = (r.refs[attr] ?? []).map((a) => dataSourceId(r, a, types)).filter((x) => x !== undefined);
  return fromData.length === 1 ? fromData[0] : undefined;
}
