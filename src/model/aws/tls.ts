/**
 * Elastic Load Balancing security policies that still negotiate TLS 1.0 or 1.1. The TLS 1.2+ and
 * TLS 1.3 policies carry `TLS-1-2`, `TLS13` or `FS-1-2` in their names; the older ones below do not.
 */
const LEGACY_ELB_POLICIES: ReadonlySet<string> = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
]);

/** 'modern' = TLS 1.2 minimum; 'legacy' = allows TLS 1.0/1.1; 'unknown' = a name we cannot classify. */
export function classifyElbTlsPolicy(name: string): 'modern' | 'legacy' | 'unknown' {
  if (LEGACY_ELB_POLICIES.has(name)) return 'legacy';
  if (/TLS13-1-[01]-|TLS-1-[01]-|FS-1-1-/.test(name)) return 'legacy';
  if (/TLS13-1-[23]-|TLS13-1-2|TLS-1-2|FS-1-2|TLS13-1-3/.test(name)) return 'modern';
  return 'unknown';
}

/** CloudFront viewer minimum protocol versions at TLS 1.2 or above. */
export function isModernCloudFrontProtocol(v: string): boolean {
  return /^TLSv1\.[23]_/.test(v);
}

/** Listener protocols that carry TLS end to end from the client. */
export function isTlsListenerProtocol(p: string): boolean {
  return p === 'HTTPS' || p === 'TLS';
}

/**
 * OpenSearch Service endpoint security policies: `Policy-Min-TLS-1-0-2019-07` still accepts TLS 1.0
 * and 1.1; the `Policy-Min-TLS-1-2-*` policies (and any later minimum) require TLS 1.2 or later.
 */
export function classifyOpenSearchTlsPolicy(name: string): 'modern' | 'legacy' | 'unknown' {
  if (/^Policy-Min-TLS-1-[01]-/.test(name)) return 'legacy';
  if (/^Policy-Min-TLS-1-[2-9]-/.test(name)) return 'modern';
  return 'unknown';
}
