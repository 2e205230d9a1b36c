import { describe, expect, it } from 'vitest';
import type { Check, CheckContext, Verdict } from '../../src/engine/check-api.js';
import { DEFAULT_EPHI_TAG_RULES, ephiClassifier } from '../../src/engine/ephi.js';
import { buildInventoryView } from '../../src/engine/inventory.js';
import type { CoverageGap } from '../../src/model/coverage.js';
import type { ConfigOf, Resource, ResourceType } from '../../src/model/resource.js';
import { resourceTypeDescriptor } from '../../src/model/types/index.js';

export const TEST_NOW = new Date('2026-11-01T00:00:00Z');

/** A typed resource for check tests; the config must be complete (every key present). */
export function makeResource<T extends ResourceType>(type: T, config: ConfigOf<T>, over: Partial<Omit<Resource<T>, 'type' | 'config'>> = {}): Resource<T> {
  const provider = resourceTypeDescriptor(type)?.provider ?? 'aws';
  return {
    provider,
    type,
    id: over.id ?? `${type}/test`,
    name: over.name ?? 'test',
    account: 'account' in over ? over.account : '111122223333',
    region: 'region' in over ? over.region : 'us-east-1',
    tags: 'tags' in over ? over.tags : {},
    config,
    source: over.source ?? { kind: 'live', api: 'test' },
  };
}

export function makeContext(over: Partial<CheckContext> = {}, others: readonly Resource[] = []): CheckContext {
  return {
    options: {},
    isEphi: ephiClassifier(DEFAULT_EPHI_TAG_RULES),
    now: TEST_NOW,
    inventory: buildInventoryView(others),
    gaps: [],
    ...over,
  };
}

export interface Case<T extends ResourceType> {
  readonly name: string;
  readonly resource: Resource<T>;
  /** Other resources in the inventory (for cross-resource checks). */
  readonly inventory?: readonly Resource[];
  readonly options?: Readonly<Record<string, unknown>>;
  /** Coverage gaps of the run. */
  readonly gaps?: readonly CoverageGap[];
  /** The run clock, when the case depends on the date (default TEST_NOW). */
  readonly now?: Date;
  /** Expected evidence path of the deciding attribute (fail and not-assessed cases). */
  readonly evidencePath?: string;
}

export interface Cases<T extends ResourceType> {
  readonly pass: readonly Case<T>[];
  /** Empty only with `cannotFail`. */
  readonly fail: readonly Case<T>[];
  /**
   * Why no failing case exists: the provider enforces the control and its API cannot return the
   * failing state (encryption at rest of S3, DynamoDB, Azure Storage, Google Cloud stores), or the
   * check evidences a coverage limit (MFA enforced in an identity provider no cloud API shows).
   */
  readonly cannotFail?: string;
  readonly notAssessed: readonly Case<T>[];
  readonly notApplicable?: readonly Case<T>[];
}

function run<T extends ResourceType>(check: Check<T>, c: Case<T>): Verdict {
  const ctx = makeContext({ options: { ...check.meta.defaultOptions, ...c.options }, gaps: c.gaps ?? [], ...(c.now ? { now: c.now } : {}) }, [c.resource, ...(c.inventory ?? [])]);
  return check.evaluate(c.resource, ctx);
}

/**
 * RuleTester-style cases for one check. Every check needs at least one passing, one failing
 * and one not-assessed case; failing and not-assessed cases must name the deciding attribute.
 */
export function checkCases<T extends ResourceType>(check: Check<T>, cases: Cases<T>): void {
  describe(check.meta.id, () => {
    it('has a passing, a failing (or a reason it cannot fail) and a not-assessed case', () => {
      if (cases.cannotFail === undefined) {
        expect(cases.pass.length).toBeGreaterThan(0);
        expect(cases.fail.length).toBeGreaterThan(0);
      } else {
        // It passes (or does not apply) where nothing is out of sight, and never fails.
        expect(cases.pass.length + (cases.notApplicable?.length ?? 0)).toBeGreaterThan(0);
        expect({ fail: cases.fail.length, reason: cases.cannotFail.length > 20 }).toEqual({ fail: 0, reason: true });
      }
      expect(cases.notAssessed.length).toBeGreaterThan(0);
    });
    for (const [status, list] of [['pass', cases.pass], ['fail', cases.fail], ['not_assessed', cases.notAssessed], ['not_applicable', cases.notApplicable ?? []]] as const) {
      for (const c of list) {
        it(`${status}: ${c.name}`, () => {
          expect(c.resource.type).toSatisfy((t: string) => (check.meta.resourceTypes as readonly string[]).includes(t));
          const v = run(check, c);
          expect(v.status, v.message).toBe(status);
          expect(v.message.length).toBeGreaterThan(0);
          if (v.status !== 'not_applicable' && status !== 'pass') {
            expect(v.evidence.length, 'fail and not-assessed verdicts carry evidence').toBeGreaterThan(0);
            if (c.evidencePath) expect(v.evidence.map((e) => e.path)).toContain(c.evidencePath);
          }
        });
      }
    }
  });
}
