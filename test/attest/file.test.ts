import { describe, expect, it } from 'vitest';
import { parseAttestations } from '../../src/attest/file.js';
import schema from '../../schemas/attestations.schema.json' with { type: 'json' };
import { REQUIREMENTS } from '../../src/nprm/index.js';

const RUN = '2026-11-25';
const parse = (text: string) => parseAttestations(text, 'a.yaml', RUN);
const err = (text: string): string => {
  try {
    parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    expect(msg.split('\n')).toHaveLength(1);
    expect((e as Error).name).toBe('UsageError');
    return msg;
  }
  throw new Error('expected an error');
};
const entry = (fields: string) => `attestations:\n  - requirement: penetration-testing\n    performed: 2026-03-02\n    attestedBy: Dana\n    evidence: https://x/1\n  -${fields}\n`;

describe('attestations file', () => {
  it('parses YAML with unquoted dates as calendar-date strings', () => {
    const doc = parse(entry(' requirement: vulnerability-scanning\n    performed: 2026-09-15\n    attestedBy: Sam\n    owner: platform\n    evidence: s3://e/x.pdf\n    scope:\n      accounts: ["111122223333"]\n    note: ok'));
    expect(doc.attestations[1]).toEqual({ requirement: 'vulnerability-scanning', performed: '2026-09-15', attestedBy: 'Sam', owner: 'platform', evidence: 's3://e/x.pdf', scope: { accounts: ['111122223333'] }, note: 'ok' });
    expect(parse('{"attestations": []}').attestations).toEqual([]);
  });

  it('names the entry, its line and requirement for an unknown requirement id', () => {
    const msg = err(entry(' requirement: pentest\n    performed: 2026-03-02\n    attestedBy: Dana\n    evidence: x'));
    expect(msg).toBe('invalid attestations a.yaml: entry 2 (line 6, pentest): unknown requirement id "pentest" (see `phiscan requirements --rule nprm`)');
  });

  it('rejects future, impossible and malformed dates, naming the entry', () => {
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-11-26\n    attestedBy: D\n    evidence: x'))).toBe(
      'invalid attestations a.yaml: entry 2 (line 6, risk-analysis): performed 2026-11-26 is after the run date 2026-11-25 (UTC)',
    );
    expect(parse(entry(' requirement: risk-analysis\n    performed: 2026-11-25\n    attestedBy: D\n    evidence: x')).attestations).toHaveLength(2);
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-02-30\n    attestedBy: D\n    evidence: x'))).toContain('entry 2 (line 6, risk-analysis): performed "2026-02-30" is not a calendar date (YYYY-MM-DD)');
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-03-02T10:00:00Z\n    attestedBy: D\n    evidence: x'))).toContain('entry 2 (line 6, risk-analysis): performed "2026-03-02T10:00:00Z" is not a calendar date');
    expect(err(entry(' requirement: risk-analysis\n    performed: 20260302\n    attestedBy: D\n    evidence: x'))).toContain('performed 20260302 is not a calendar date');
  });

  it('rejects missing fields, unknown fields, empty scopes and malformed files', () => {
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-03-02\n    evidence: x'))).toContain('entry 2 (line 6, risk-analysis): missing "attestedBy"');
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-03-02\n    attestedBy: D\n    evidence: x\n    colour: blue'))).toContain('unknown property "colour"');
    expect(err(entry(' requirement: risk-analysis\n    performed: 2026-03-02\n    attestedBy: D\n    evidence: x\n    scope: {}'))).toContain('entry 2');
    expect(err('attestations: [\n')).toMatch(/^invalid attestations a\.yaml:2:1: /);
    expect(err('')).toContain('expected a mapping with an "attestations" list');
    expect(err('- a\n- b\n')).toContain('expected a mapping');
    expect(err('attestation: []\n')).toBe('invalid attestations a.yaml: missing "attestations" list');
    expect(err('attestations: []\nextra: 1\n')).toBe('invalid attestations a.yaml: unknown top-level property "extra"');
    expect(err('attestations:\n  - requirement: risk-analysis\n    requirement: mfa\n')).toMatch(/^invalid attestations a\.yaml:3:5: Map keys must be unique/);
  });

  it('the published schema lists exactly the catalog requirement ids', () => {
    expect(schema.$defs.attestation.properties.requirement.enum).toEqual(REQUIREMENTS.map((r) => r.id));
  });
});
