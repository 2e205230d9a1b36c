import { describe, expect, it } from 'vitest';
import { parseAttestations } from '../../src/attest/file.js';
import schema from '../../schemas/attestations.schema.json' with { type: 'json' };
import { EXCEPTION_PROVISIONS, REQUIREMENTS } from '../../src/nprm/index.js';

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

  it('the published schema lists exactly the catalog requirement ids, and the exception grounds of the proposed text', () => {
    expect(schema.$defs.attestation.properties.requirement.enum).toEqual(REQUIREMENTS.map((r) => r.id));
    expect(schema.$defs.exception.properties.requirement.enum).toEqual(EXCEPTION_PROVISIONS.flatMap((p) => p.requirements));
    expect(schema.$defs.exception.properties.ground.enum).toEqual(EXCEPTION_PROVISIONS.flatMap((p) => p.grounds.map((g) => g.citation)));
  });

  const withException = (fields: string) => `attestations: []\nexceptions:\n  - requirement: encryption-at-rest\n    ground: 164.312(b)(3)(i)\n    owner: Imaging team\n    compensatingControl: isolated VLAN\n    reviewBy: 2027-03-31\n${fields}`;

  it('parses recorded exceptions with resources or scope', () => {
    const doc = parse(withException('    resources: ["arn:aws:ec2:*:111122223333:volume/vol-pacs*"]\n    checks: [aws-ec2-volume-encrypted]\n    note: migration plan PLAN-12\n'));
    expect(doc.exceptions?.[0]).toEqual({
      requirement: 'encryption-at-rest',
      ground: '164.312(b)(3)(i)',
      owner: 'Imaging team',
      compensatingControl: 'isolated VLAN',
      reviewBy: '2027-03-31',
      resources: ['arn:aws:ec2:*:111122223333:volume/vol-pacs*'],
      checks: ['aws-ec2-volume-encrypted'],
      note: 'migration plan PLAN-12',
    });
    expect(parse(withException('    scope:\n      projects: [phi-prod]\n')).exceptions?.[0]?.scope).toEqual({ projects: ['phi-prod'] });
  });

  it('rejects exceptions without a ground of their requirement, without a target, or with a bad review date, naming the exception and its line', () => {
    expect(err(withException('    scope: {accounts: ["1"]}\n').replace('164.312(b)(3)(i)', '164.312(f)(2)(iii)(A)'))).toBe(
      'invalid attestations a.yaml: exception 1 (line 3, encryption-at-rest): ground 164.312(f)(2)(iii)(A) is not an exception ground for encryption-at-rest (its grounds: 164.312(b)(3)(i), 164.312(b)(3)(ii), 164.312(b)(3)(iii), 164.312(b)(3)(iv))',
    );
    expect(err(withException(''))).toBe('invalid attestations a.yaml: exception 1 (line 3, encryption-at-rest): name the "resources" or the "scope" it covers');
    expect(err(withException('    scope: {accounts: ["1"]}\n').replace('2027-03-31', '2027-02-30'))).toContain('exception 1 (line 3, encryption-at-rest): reviewBy "2027-02-30" is not a calendar date');
    expect(err(withException('    scope: {accounts: ["1"]}\n').replace('requirement: encryption-at-rest', 'requirement: audit-logging'))).toContain('exception 1 (line 3, audit-logging): requirement "audit-logging" has no exception grounds in the proposed text');
    expect(err(withException('    scope: {accounts: ["1"]}\n').replace('164.312(b)(3)(i)', 'legacy'))).toContain('exception 1 (line 3, encryption-at-rest): unknown ground');
    expect(err(withException('    scope: {accounts: ["1"]}\n').replace('    owner: Imaging team\n', ''))).toContain('exception 1 (line 3, encryption-at-rest): missing "owner"');
  });
});
