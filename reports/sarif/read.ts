import { SEVERITIES, type Finding, type FindingException, type Severity } from '../../src/model/finding.js';
import type { RequirementId } from '../../src/model/report.js';
import type { Provider, ResourceSource, ResourceType } from '../../src/model/resource.js';
import { FINGERPRINT_KEY } from './index.js';
import { SRCROOT } from './locations.js';
import { SCAN_INCOMPLETE_RULE_ID } from './rules.js';

/** A SARIF log that is not a phiscan SARIF log. */
export class NotPhiscanSarif extends Error {}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Undo `toResult`'s "[Not assessed: | Excepted until ... : ]<name>: " prefix; whitespace is compared collapsed. */
function stripPrefixes(text: string, status: Finding['status'], name: string): string {
  let t = text;
  if (status === 'not_assessed' && t.startsWith('Not assessed: ')) t = t.slice('Not assessed: '.length);
  if (status === 'excepted') t = t.replace(/^Excepted until \S+ under proposed 45 CFR \S+: /, '');
  const prefix = `${name.trim().replace(/\s+/g, ' ')}: `;
  return t.startsWith(prefix) ? t.slice(prefix.length) : t;
}

/**
 * Read back the findings of a phiscan SARIF log (for `--baseline previous.sarif`): check id,
 * fingerprint, status, severity, message, resource and location, from what `renderSarif` wrote.
 * Absent results of an older baseline are skipped: they were already gone in that run.
 */
export function findingsFromSarif(doc: unknown): Finding[] {
  const log = obj(doc);
  if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new NotPhiscanSarif('not a SARIF 2.1.0 log');
  const run = obj(log.runs[0]);
  const driver = obj(obj(run?.tool)?.driver);
  if (str(driver?.name) !== 'phiscan') throw new NotPhiscanSarif('not a phiscan SARIF log (tool.driver.name is not "phiscan")');
  if (!Array.isArray(run?.results)) throw new NotPhiscanSarif('runs[0].results is not an array');
  const findings: Finding[] = [];
  for (const [i, raw] of run.results.entries()) {
    const r = obj(raw);
    const props = obj(r?.properties);
    const fp = str(obj(r?.partialFingerprints)?.[FINGERPRINT_KEY]);
    const checkId = str(r?.ruleId);
    if (!r || !props || !fp || !checkId) throw new NotPhiscanSarif(`results[${i}] lacks ruleId, properties or the ${FINGERPRINT_KEY} fingerprint`);
    // The scan-incomplete result stands for a scope, not a finding.
    if (checkId === SCAN_INCOMPLETE_RULE_ID) continue;
    if (!/^[0-9a-f]{32}$/.test(fp)) throw new NotPhiscanSarif(`results[${i}]: the ${FINGERPRINT_KEY} fingerprint is not 32 hex digits`);
    if (props.status !== 'fail' && props.status !== 'not_assessed' && props.status !== 'excepted') throw new NotPhiscanSarif(`results[${i}]: properties.status must be fail, not_assessed or excepted`);
    if (!SEVERITIES.includes(props.severity as Severity)) throw new NotPhiscanSarif(`results[${i}]: properties.severity must be one of ${SEVERITIES.join(', ')}`);
    // Absent results are the baseline's own history.
    if (r.baselineState === 'absent') continue;
    const loc = obj(arr(r.locations)[0]);
    const physical = obj(loc?.physicalLocation);
    const artifact = obj(physical?.artifactLocation);
    const logical = arr(loc?.logicalLocations).map(obj);
    const severity = props.severity as Severity;
    const status = props.status;
    const exception = obj(props.exception);
    // A coverage-gap finding stands for a scope (`provider/account/region/type/*`), not a resource.
    const isScope = (str(logical[0]?.fullyQualifiedName) ?? '').endsWith('/*');
    const source: ResourceSource | { readonly kind: 'scope' } =
      artifact?.uriBaseId === SRCROOT
        ? { kind: 'iac', format: 'terraform-plan', file: decodeURIComponent(str(artifact.uri) ?? ''), line: Number(obj(physical?.region)?.startLine ?? 1), address: str(logical[1]?.fullyQualifiedName) ?? '' }
        : isScope
          ? { kind: 'scope' }
          : { kind: 'live', api: 'sarif-baseline' };
    const suppression = obj(arr(r.suppressions)[0]);
    const suppressionSource = str(obj(suppression?.properties)?.source);
    const text = str(obj(r.message)?.text) ?? '';
    findings.push({
      checkId,
      status,
      severity,
      requirements: arr(props.requirements).filter((x): x is RequirementId => typeof x === 'string'),
      resource: {
        id: str(logical[0]?.fullyQualifiedName) ?? fp,
        type: (str(props.resourceType) ?? 'unknown') as ResourceType,
        provider: (str(props.provider) ?? 'aws') as Provider,
        name: str(logical[0]?.name) ?? '',
        account: str(props.account),
        region: str(props.region),
        source,
      },
      ephi: props.ephi === true,
      message: stripPrefixes(text, status, str(logical[0]?.name) ?? ''),
      evidence: [],
      remediation: '',
      fingerprint: fp,
      ...(status === 'excepted' && exception ? { exception: exception as unknown as FindingException } : {}),
      ...(suppression
        ? { suppression: { reason: str(suppression.justification) ?? '', source: suppressionSource === 'inline' || suppressionSource === 'suppressions-file' ? suppressionSource : 'config' } }
        : {}),
    });
  }
  return findings;
}
