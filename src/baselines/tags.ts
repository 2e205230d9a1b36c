/**
 * Tags the baselines put on every resource that stores ePHI. `data-classification = ephi` is one of
 * phiscan's default ePHI tag rules (src/engine/ephi.ts), so the scanner applies its ePHI checks and
 * severities to these resources, and AWS Backup selects them by the same tag.
 */
export const EPHI_TAG_KEY = 'data-classification';
export const EPHI_TAG_VALUE = 'ephi';

export type Tags = Readonly<Record<string, string>>;

/** The ePHI classification tag merged over the caller's tags (the classification always wins). */
export function ephiTags(extra: Tags = {}): Record<string, string> {
  return { ...extra, [EPHI_TAG_KEY]: EPHI_TAG_VALUE };
}

/** JSON policy text with stable key order (what Terraform receives and phiscan parses). */
export function policyJson(doc: unknown): string {
  return JSON.stringify(doc);
}
