import type { PolicyDocument } from '../../../src/model/types/aws/index.js';
import type { TfResource } from '../model.js';
import type { Reader } from '../reader.js';
import type { MapContext } from './context.js';

/** Shared by the AWS mappers: the common resource fields, policy documents, KMS key references. */

/** A reference whose target is unknown until apply and outside this input: not in the inventory, so cross-resource checks answer not_assessed. */
export const KNOWN_AFTER_APPLY = '(known after apply)';

/** `tags_all` (provider default tags merged in) when the plan shows it, else `tags`. */
export const awsTags = (v: Reader): Readonly<Record<string, string>> | undefined => {
  const all = v.map('tags_all');
  return all && Object.keys(all).length > 0 ? all : v.map('tags');
};

/** A policy JSON string as a document; null when not set, undefined when unknown or not a policy. */
export function policyOf(raw: string | null | undefined): PolicyDocument | null | undefined {
  if (raw === null) return null;
  if (raw === undefined) return undefined;
  try {
    const doc = JSON.parse(raw) as PolicyDocument;
    return doc && typeof doc === 'object' && 'Statement' in doc ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** The fields every AWS resource shares; `related` are the joined resources (their suppressions apply). */
export const aws = (ctx: MapContext, r: TfResource, v: Reader, extra: { related?: readonly TfResource[]; readers?: readonly Reader[] } = {}) => ({
  provider: 'aws' as const,
  account: r.account,
  tags: awsTags(v),
  readers: [v, ...(extra.readers ?? [])],
  related: extra.related ?? [],
});

/**
 * An attribute naming another resource, at any depth (`access_logs.bucket`): the phiscan id of the
 * resource (of `types`, or any) it refers to in the input, else the literal (null = not set, undefined = unknown).
 */
export function refOrLiteral(ctx: MapContext, r: TfResource, path: string, types: readonly string[] | undefined, literal: string | null | undefined): string | null | undefined {
  for (const a of r.refs[path] ?? []) {
    const hit = ctx.referenced(r, a, types);
    if (hit) return ctx.id(hit);
  }
  return literal;
}

const KMS_KEY_TYPES = ['aws_kms_key', 'aws_kms_external_key'];

/** A KMS key reference: the phiscan id of the aws_kms_key the attribute names, else the literal ARN/alias, else undefined. */
export const kmsRef = (ctx: MapContext, r: TfResource, path: string, literal: string | null | undefined): string | null | undefined => refOrLiteral(ctx, r, path, KMS_KEY_TYPES, literal);

/** The VPC of the first subnet a list names (`subnet_ids`, `vpc_config.subnet_ids`), when that subnet is in the input. */
export function vpcOfSubnets(ctx: MapContext, r: TfResource, path: string): string | null | undefined {
  for (const a of r.refs[path] ?? []) {
    const subnet = ctx.referenced(r, a, ['aws_subnet']);
    if (subnet) return ctx.idOrRef(subnet, 'vpc_id', ['aws_vpc', 'aws_default_vpc']);
  }
  return undefined;
}
