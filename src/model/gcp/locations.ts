/**
 * Which regions a Google Cloud location spans, for "is the copy in another region" questions.
 * Multi-regions (`us`, `eu`, `asia`) and dual-regions (predefined such as `nam4`, or custom
 * placements written `region1+region2`) store data in several regions; a copy placed there is
 * not "in another region" when one of them is the source's region.
 */

/** EU member-state regions of the `eu` multi-region (London and Zurich are not in it). */
const EU_REGIONS = new Set([
  'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west3', 'europe-west4', 'europe-west8', 'europe-west9', 'europe-west10', 'europe-west12',
]);
const NON_EU_EUROPE = new Set(['europe-west2', 'europe-west6']);

/** Predefined dual-regions whose member regions Google documents as fixed. */
const DUAL_REGIONS: Readonly<Record<string, readonly string[]>> = {
  nam4: ['us-central1', 'us-east1'],
  eur4: ['europe-north1', 'europe-west4'],
  asia1: ['asia-northeast1', 'asia-northeast2'],
};

/**
 * Does `location` (a region, multi-region, predefined dual-region or `a+b` custom dual-region)
 * include `region`? undefined when the location or region is not one this table knows.
 */
export function locationIncludes(location: string, region: string): boolean | undefined {
  const loc = location.trim().toLowerCase();
  const reg = region.trim().toLowerCase();
  if (loc === reg) return true;
  if (loc.includes('+')) return loc.split('+').map((s) => s.trim()).includes(reg);
  const dual = DUAL_REGIONS[loc];
  if (dual) return dual.includes(reg);
  if (loc === 'us') return reg.startsWith('us-');
  if (loc === 'asia') return reg.startsWith('asia-');
  if (loc === 'eu') {
    if (EU_REGIONS.has(reg)) return true;
    if (NON_EU_EUROPE.has(reg) || !reg.startsWith('europe-')) return false;
    return undefined;
  }
  // Another single region (`us-east1`): a different region name is another region.
  return /^[a-z]+-[a-z]+\d+$/.test(loc) ? false : undefined;
}
