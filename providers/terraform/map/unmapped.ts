import type { IacUnmappedConfig } from '../../../src/model/types/index.js';
import type { Provider, Resource } from '../../../src/model/resource.js';
import { providerOfType, type TfResource } from '../model.js';
import { readerOf } from '../reader.js';
import { awsTags } from './aws-common.js';
import { iacResource, type MapContext } from './context.js';

/** The cloud of a Terraform provider (`google-beta` resources are `google_*` too); other providers' resources are `other`. */
const CLOUDS: Readonly<Record<string, Provider>> = { aws: 'aws', awscc: 'aws', azurerm: 'azure', azuread: 'azure', azapi: 'azure', google: 'gcp' };

/**
 * A managed resource phiscan has no canonical type for (or whose parent is not in the input), as
 * `iac.unmapped`: in the inventory with its address, file and line, tags and placement where the
 * provider's conventions show them, and no checks.
 */
export function unmappedResource(r: TfResource, ctx: MapContext, reason: IacUnmappedConfig['reason']): Resource<'iac.unmapped'> {
  const v = readerOf(r);
  const provider = CLOUDS[providerOfType(r.type)] ?? 'other';
  const tags = provider === 'aws' ? awsTags(v) : v.map(provider === 'gcp' ? 'labels' : 'tags');
  const name = v.raw('name');
  return iacResource(ctx, r, {
    provider,
    type: 'iac.unmapped',
    name: typeof name === 'string' && name !== '' ? name : r.address,
    account: provider === 'gcp' ? r.project : r.account,
    region: provider === 'azure' ? (v.str('location') ?? undefined) : r.region,
    tags,
    config: { terraformType: r.type, reason },
  });
}
