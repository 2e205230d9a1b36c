/** The external HIPAA reference lists phiscan measures itself against (docs/coverage.md). */
import { AWS_CONFIG_HIPAA } from './aws-config-hipaa.js';
import { AZURE_HIPAA_HITRUST } from './azure-hipaa-hitrust.js';
import { PROWLER_HIPAA_AWS } from './prowler-hipaa-aws.js';
import { PROWLER_HIPAA_AZURE } from './prowler-hipaa-azure.js';
import { PROWLER_HIPAA_GCP } from './prowler-hipaa-gcp.js';
import type { CoverageRow, CoverageStatus, ReferenceList } from './types.js';

export { coverageChecks } from './types.js';
export type { Cloud, Coverage, CoverageRow, CoverageStatus, ListSource, ReferenceList } from './types.js';

export const REFERENCE_LISTS: readonly ReferenceList[] = [AWS_CONFIG_HIPAA, PROWLER_HIPAA_AWS, PROWLER_HIPAA_AZURE, PROWLER_HIPAA_GCP, AZURE_HIPAA_HITRUST];

export const STATUSES: readonly CoverageStatus[] = ['covered', 'partial', 'out-of-scope', 'uncovered'];

export function countByStatus(rows: readonly CoverageRow[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { covered: 0, partial: 0, 'out-of-scope': 0, uncovered: 0 };
  for (const r of rows) counts[r.coverage.status] += 1;
  return counts;
}
