import { describe, expect, it } from 'vitest';
import { structToJson } from '../../../providers/gcp/struct.js';
import { computeName, durationSeconds, kmsKeyName } from '../../../providers/gcp/values.js';
import { toProtoStruct } from '../../../src/simulator/gcp/struct.js';

describe('Struct decoding', () => {
  it('round-trips JSON through the protobuf Struct object form', () => {
    const json = { a: 'x', n: 3.5, t: true, f: false, z: null, list: [1, 'two', { three: [3] }], nested: { deep: { deeper: 'yes' } }, empty: {} };
    expect(structToJson(toProtoStruct(json))).toEqual(json);
  });

  it('decodes values tagged with `kind` as @grpc/proto-loader emits them', () => {
    expect(structToJson({ fields: { s: { kind: 'stringValue', stringValue: 'v', numberValue: 0 }, n: { kind: 'numberValue', numberValue: 2, stringValue: '' } } })).toEqual({ s: 'v', n: 2 });
    expect(structToJson(null)).toBeUndefined();
  });

  it('keeps a field named `__proto__` as an own field: it never becomes the object\'s prototype', () => {
    const decoded = structToJson({ fields: { ['__proto__']: { structValue: { fields: { encrypted: { boolValue: true } } } } } });
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect((decoded as Record<string, unknown>).encrypted).toBeUndefined();
    expect(Object.keys(decoded ?? {})).toEqual(['__proto__']);
  });
});

describe('value readers', () => {
  it('normalizes compute links, durations and key versions', () => {
    expect(computeName('https://www.googleapis.com/compute/v1/projects/p/global/networks/n')).toBe('//compute.googleapis.com/projects/p/global/networks/n');
    expect(computeName('projects/p/global/networks/n')).toBe('//compute.googleapis.com/projects/p/global/networks/n');
    expect(computeName(undefined)).toBeNull();
    expect(durationSeconds('7776000s')).toBe(7776000);
    expect(durationSeconds('1.5s')).toBe(1.5);
    expect(durationSeconds('soon')).toBeUndefined();
    expect(kmsKeyName('projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3')).toBe('projects/p/locations/l/keyRings/r/cryptoKeys/k');
    expect(kmsKeyName('')).toBeNull();
  });
});
