import schema from './schema.json' with { type: 'json' };

type Schema = { required?: string[]; properties?: Record<string, unknown>; $defs?: Record<string, Schema> };

/**
 * What reading a report back checks (reports/json/read.ts): the published schema, except that
 * the parts recomputed on read (summary views, requirement and current-rule views) may be absent,
 * and any schema version this phiscan reads is accepted (the version is checked first, with its
 * own message).
 */
export function readerSchema(): object {
  const s = structuredClone(schema) as Schema & { $defs: Record<string, Schema> };
  const without = (o: Schema | undefined, ...keys: string[]) => {
    if (o?.required) o.required = o.required.filter((k) => !keys.includes(k));
  };
  (s.properties as Record<string, unknown>).schemaVersion = { type: 'string' };
  without(s, 'requirements', 'currentRule');
  without(s.$defs.summary, 'views');
  // Reports before schema 1.2 lack the excepted count and supporting evidence: recomputed on read too.
  without(s.$defs.requirementSummary, 'configStatus', 'supportingCheckIds', 'supportingCounts');
  without(s.$defs.currentRuleSummary, 'statusNote', 'supportingCheckIds', 'supportingCounts');
  without(s.$defs.countsByStatus, 'excepted');
  return s;
}
