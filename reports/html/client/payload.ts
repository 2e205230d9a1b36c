/**
 * The data the HTML report embeds (in a `<script type="application/json">` block) and its
 * client renders. Compact on purpose, so 100,000 findings stay a few megabytes: repeated
 * strings are interned in `strings`, findings are stored column by column, and a finding's
 * remediation and requirements are omitted (-1) when they equal its check's.
 *
 * Shared by the renderer (Node) and the client (browser): keep it free of Node and DOM APIs.
 */

/** Index into `Payload.strings`; -1 = absent. */
export type StringRef = number;

export interface PayloadRequirement {
  readonly id: string;
  readonly title: string;
  /** "proposed 45 CFR 164.312(b)(2) (quoted)", with its basis. */
  readonly proposed: string;
  readonly currentCitation: string | null;
}

/** A current Security Rule item: the findings filter selects the findings of `checkIds` (deciding and supporting). */
export interface PayloadCurrentRuleItem {
  readonly id: string;
  readonly citation: string;
  readonly title: string;
  readonly checkIds: readonly string[];
}

export interface PayloadCheck {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly service: string;
  readonly requirements: readonly string[];
  readonly currentRule: readonly string[];
  readonly currentRuleSupport: readonly string[];
  readonly rationale: string;
  readonly remediation: { readonly summary: string; readonly console: string; readonly cli: string; readonly terraform: string };
  readonly references: readonly string[];
}

/** [id, name, type, provider, account, region, source, tags (JSON object text)]. */
export type PayloadResource = readonly [string, string, StringRef, StringRef, StringRef, StringRef, StringRef, StringRef];

/** One array per field, each `count` long. */
export interface PayloadFindings {
  readonly count: number;
  /** Index into `checks`. */
  readonly check: readonly number[];
  /** Index into `statuses`. */
  readonly status: readonly number[];
  /** Index into `severities`. */
  readonly severity: readonly number[];
  /** Index into `resources`. */
  readonly resource: readonly number[];
  /** 1 when the resource holds ePHI. */
  readonly ephi: readonly number[];
  readonly message: readonly StringRef[];
  /** JSON text of the evidence array. */
  readonly evidence: readonly StringRef[];
  /** -1 = the check's remediation summary. */
  readonly remediation: readonly StringRef[];
  /** -1 = the check's requirements; else JSON text of the id array. */
  readonly requirements: readonly StringRef[];
  /** -1 = not suppressed; else a one-line description of the suppression. */
  readonly suppression: readonly StringRef[];
  /** -1 = not excepted; else a one-line description of the recorded exception (ground, review date, control). */
  readonly exception: readonly StringRef[];
}

export interface Payload {
  readonly version: 1;
  readonly strings: readonly string[];
  /** Most severe first. */
  readonly severities: readonly string[];
  readonly statuses: readonly string[];
  readonly requirements: readonly PayloadRequirement[];
  readonly currentRule: readonly PayloadCurrentRuleItem[];
  readonly checks: readonly PayloadCheck[];
  readonly resources: readonly PayloadResource[];
  /** Ordered: failing first, then by severity, check id and resource id. */
  readonly findings: PayloadFindings;
}

/** Ids the server-rendered page and the client agree on. */
export const DOM = {
  data: 'phiscan-data',
  filters: 'filters',
  requirement: 'f-requirement',
  currentRule: 'f-current-rule',
  severity: 'f-severity',
  provider: 'f-provider',
  account: 'f-account',
  region: 'f-region',
  status: 'f-status',
  ephi: 'f-ephi',
  search: 'f-search',
  reset: 'f-reset',
  count: 'f-count',
  head: 'grid-head',
  viewport: 'grid-viewport',
  spacer: 'grid-spacer',
  rows: 'grid-rows',
  details: 'details',
  findings: 'findings',
  map: 'network-map',
  mapCanvas: 'network-map-canvas',
  mapTools: 'network-map-tools',
} as const;
