import { setOwn } from '../../src/lib/objects.js';
/**
 * `google.protobuf.Struct` -> plain JSON. Over gRPC the generated client hands back
 * `resource.data` in protobuf object form (`{fields: {k: {stringValue: 'v', kind: 'stringValue'}}}`),
 * not as the REST JSON the asset type documents, so the adapter decodes it once here.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ValueLike {
  readonly kind?: string | null | undefined;
  readonly nullValue?: unknown;
  readonly numberValue?: number | null | undefined;
  readonly stringValue?: string | null | undefined;
  readonly boolValue?: boolean | null | undefined;
  readonly structValue?: StructLike | null | undefined;
  readonly listValue?: { readonly values?: readonly ValueLike[] | null | undefined } | null | undefined;
}

export interface StructLike {
  readonly fields?: Readonly<Record<string, ValueLike>> | null | undefined;
}

export function structToJson(struct: StructLike | null | undefined): Record<string, Json> | undefined {
  if (!struct) return undefined;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(struct.fields ?? {})) setOwn(out, k, valueToJson(v));
  return out;
}

function valueToJson(v: ValueLike): Json {
  // `kind` names the set oneof member; without it (other decoders) take the first non-null member.
  const kind = v.kind ?? (['structValue', 'listValue', 'stringValue', 'numberValue', 'boolValue', 'nullValue'] as const).find((k) => v[k] !== undefined && v[k] !== null);
  switch (kind) {
    case 'structValue': return structToJson(v.structValue) ?? {};
    case 'listValue': return (v.listValue?.values ?? []).map(valueToJson);
    case 'stringValue': return v.stringValue ?? '';
    case 'numberValue': return v.numberValue ?? 0;
    case 'boolValue': return v.boolValue ?? false;
    case 'nullValue':
    case undefined:
    default: return null;
  }
}
