/**
 * The canonical resource types and their typed configs.
 *
 * Each type module augments `ResourceConfigMap` with its config interface, so
 * `ResourceType` is the union of every canonical type name and a typo in a check's
 * `resourceTypes` fails to compile. Config convention: every key is required;
 * `undefined` = could not be determined, `null` = known to be absent.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by each type module
export interface ResourceConfigMap {}

export type ResourceType = keyof ResourceConfigMap & string;
export type ConfigOf<T extends ResourceType> = ResourceConfigMap[T];
/** The cloud a resource belongs to; `other` for IaC resources of other Terraform providers (kubernetes, random, ...), inventoried without checks. */
export type Provider = 'aws' | 'azure' | 'gcp' | 'other';

/** Where a resource sits in the network, for the network map. */
export interface NetworkPlacement {
  /** VPC / VNet / network id the resource lives in (for a subnet or security group: its network). */
  readonly networkId?: string | undefined;
  readonly subnetIds?: readonly string[] | undefined;
  readonly securityGroupIds?: readonly string[] | undefined;
  /** Has a public address or is reachable from the internet by configuration. */
  readonly publicAddress?: boolean | undefined;
  /** Ids of resources this one connects to (peering, gateways, attachments). */
  readonly peers?: readonly string[] | undefined;
}

/** Descriptor per canonical type (Cloud Custodian's TypeInfo): names the native types it is read from. */
export interface ResourceTypeDescriptor<T extends ResourceType = ResourceType> {
  readonly type: T;
  readonly provider: Provider;
  readonly title: string;
  readonly native: {
    readonly awsConfig?: string;
    readonly terraform?: readonly string[];
    readonly arm?: string;
    readonly cai?: string;
  };
  /** Network placement of a resource, for the network map. Pure. */
  readonly network?: (config: ConfigOf<T>) => NetworkPlacement;
}

export function defineResourceType<const T extends ResourceType>(d: ResourceTypeDescriptor<T>): ResourceTypeDescriptor<T> {
  return d;
}
