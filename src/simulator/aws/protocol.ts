import { XmlShapeSerializer } from '@aws-sdk/core/protocols';
import { JsonShapeSerializer2 } from '@smithy/core/protocols';
import { NormalizedSchema } from '@smithy/core/schema';

/**
 * Wire encoding of simulated responses. Output shapes are serialized with the SDK's own schemas
 * (the `Operation$` arrays every v3 client exports) and its own shape serializers, so element
 * names, list wrappers (`volumeSet/item`, `member`, `DBInstance`), flattened lists and JSON
 * names are exactly what the client's deserializer expects.
 */

export type Protocol = 'ec2' | 'query' | 'json' | 'rest-json' | 'rest-xml';

/** `[9, namespace, name, traits, input, output]`: a v3 operation schema. */
type OperationSchema = readonly [9, string, string, Readonly<Record<string, unknown>>, () => unknown, () => unknown];

export interface OperationInfo {
  readonly name: string;
  readonly http: readonly [string, string, number] | undefined;
  readonly output: () => unknown;
}

/** Every operation schema a client module exports, by operation name. */
export function operationsOf(module: Readonly<Record<string, unknown>>): Map<string, OperationInfo> {
  const out = new Map<string, OperationInfo>();
  for (const [key, value] of Object.entries(module)) {
    if (!key.endsWith('$') || !Array.isArray(value) || value[0] !== 9) continue;
    const op = value as unknown as OperationSchema;
    const http = Object.values(op[3]).find((t): t is [string, string, number] => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'string');
    out.set(key.slice(0, -1), { name: key.slice(0, -1), http, output: op[5] });
  }
  return out;
}

/** ISO strings in the world become Dates where the schema says timestamp (the serializers want Dates). */
export function reviveDates(schema: unknown, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const ns = NormalizedSchema.of(schema as Parameters<typeof NormalizedSchema.of>[0]);
  if (ns.isTimestampSchema()) return typeof value === 'string' || typeof value === 'number' ? new Date(value) : value;
  if (ns.isListSchema() && Array.isArray(value)) {
    const member = ns.getValueSchema();
    return value.map((v) => reviveDates(member, v));
  }
  if (ns.isMapSchema() && typeof value === 'object') {
    const member = ns.getValueSchema();
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, reviveDates(member, v)]));
  }
  if (ns.isStructSchema() && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, member] of ns.structIterator()) if (obj[name] !== undefined) out[name] = reviveDates(member, obj[name]);
    return out;
  }
  return value;
}

function xml(schema: unknown, value: unknown, xmlNamespace?: string): string {
  const s = new XmlShapeSerializer({ timestampFormat: { useTrait: true, default: 5 }, httpBindings: false, serviceNamespace: '', xmlNamespace: xmlNamespace ?? '' });
  s.write(schema as Parameters<XmlShapeSerializer['write']>[0], reviveDates(schema, value));
  return String(s.flush());
}

/** The children of the serialized root element. */
function innerXml(doc: string): string {
  if (/^<[^>]*\/>$/.test(doc)) return '';
  return doc.replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '');
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export function encodeOutput(protocol: Protocol, op: OperationInfo, output: Readonly<Record<string, unknown>>, opts: { xmlNamespace: string; requestId: string }): WireResponse {
  const schema = op.output();
  switch (protocol) {
    case 'ec2': {
      const inner = innerXml(xml(schema, output));
      return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<${op.name}Response xmlns="${opts.xmlNamespace}"><requestId>${opts.requestId}</requestId>${inner}</${op.name}Response>` };
    }
    case 'query': {
      const inner = innerXml(xml(schema, output));
      return {
        status: 200, headers: { 'content-type': 'text/xml' },
        body: `<${op.name}Response xmlns="${opts.xmlNamespace}"><${op.name}Result>${inner}</${op.name}Result><ResponseMetadata><RequestId>${opts.requestId}</RequestId></ResponseMetadata></${op.name}Response>`,
      };
    }
    case 'json':
    case 'rest-json': {
      const s = new JsonShapeSerializer2({ timestampFormat: { useTrait: true, default: 7 }, jsonName: protocol === 'rest-json' });
      s.write(schema as Parameters<JsonShapeSerializer2['write']>[0], reviveDates(schema, output));
      const bytes = s.flush();
      // A view over the bytes: Buffer.from(adapter) would go through its string shim.
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      return { status: op.http?.[2] ?? 200, headers: { 'content-type': protocol === 'json' ? 'application/x-amz-json-1.1' : 'application/json', 'x-amzn-requestid': opts.requestId }, body: body === '' ? '{}' : body };
    }
    case 'rest-xml': {
      const ns = NormalizedSchema.of(schema as Parameters<typeof NormalizedSchema.of>[0]);
      const payload = [...ns.structIterator()].find(([, m]) => m.getMergedTraits().httpPayload);
      const headers = { 'content-type': 'application/xml', 'x-amz-request-id': opts.requestId };
      if (payload) {
        const [name, member] = payload;
        const value = output[name];
        if (typeof value === 'string') return { status: 200, headers: { ...headers, 'content-type': 'application/json' }, body: value };
        return { status: 200, headers, body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml(member, value ?? {}, opts.xmlNamespace)}` };
      }
      return { status: 200, headers, body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml(schema, output, opts.xmlNamespace)}` };
    }
  }
}

/** A service error in each protocol's real envelope (codes such as Throttling, RequestLimitExceeded, SlowDown). */
export function encodeError(protocol: Protocol, status: number, code: string, message: string, requestId: string): WireResponse {
  const m = escapeXml(message);
  switch (protocol) {
    case 'ec2':
      return { status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${m}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>` };
    case 'query':
      return { status, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${m}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>` };
    case 'json':
      return { status, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId }, body: JSON.stringify({ __type: code, message }) };
    case 'rest-json':
      return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, 'x-amzn-requestid': requestId }, body: JSON.stringify({ message }) };
    case 'rest-xml':
      return { status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${m}</Message><RequestId>${requestId}</RequestId></Error>` };
  }
}
