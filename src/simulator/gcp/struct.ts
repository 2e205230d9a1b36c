/** JSON <-> `google.protobuf.Struct` in the object shape @grpc/proto-loader encodes (oneofs as set fields). */

export interface ProtoValue {
  readonly nullValue?: 'NULL_VALUE';
  readonly numberValue?: number;
  readonly stringValue?: string;
  readonly boolValue?: boolean;
  readonly structValue?: ProtoStruct;
  readonly listValue?: { readonly values: readonly ProtoValue[] };
}

export interface ProtoStruct {
  readonly fields: Readonly<Record<string, ProtoValue>>;
}

export function toProtoValue(value: unknown): ProtoValue {
  if (value === null || value === undefined) return { nullValue: 'NULL_VALUE' };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map(toProtoValue) } };
  if (typeof value === 'object') return { structValue: toProtoStruct(value as Record<string, unknown>) };
  return { stringValue: typeof value === 'bigint' ? value.toString() : '' };
}

export function toProtoStruct(obj: Readonly<Record<string, unknown>>): ProtoStruct {
  const fields: Record<string, ProtoValue> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) fields[k] = toProtoValue(v);
  return { fields };
}
