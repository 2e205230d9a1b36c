import type { Check } from '../../src/engine/check-api.js';
import { TABLE_END, TABLE_START as AWS_TABLE_START, renderAwsChecksTable } from '../aws/_doc-table.js';

export { TABLE_END };
export const TABLE_START = '<!-- checks-table:start (generated from checks/azure/index.ts; do not edit by hand) -->';

/** The Markdown table of Azure checks in docs/checks-azure.md: the AWS table's row format, with its own start marker. */
export function renderAzureChecksTable(checks: readonly Check[]): string {
  return TABLE_START + renderAwsChecksTable(checks).slice(AWS_TABLE_START.length);
}
