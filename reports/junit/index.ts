import type { CheckMeta } from '../../src/engine/check-api.js';
import { groupBy } from '../../src/lib/arrays.js';
import type { Finding } from '../../src/model/finding.js';
import { byString } from '../../src/model/order.js';
import type { FindingList, ScanReport } from '../../src/model/report.js';
import { batched } from '../output.js';
import type { Reporter } from '../types.js';

/** XML 1.0 text: escape markup, and drop code points XML cannot carry (controls, lone surrogates, U+FFFE/F). */
export function xml(s: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return s
    .replace(invalid, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Element text keeps line breaks readable. */
function text(s: string): string {
  return xml(s).replace(/&#10;/g, '\n');
}

function where(f: Finding): string {
  const s = f.resource.source;
  if (s.kind === 'iac') return `${s.file}:${s.line} (${s.address})`;
  return [f.resource.provider, f.resource.account ?? '-', f.resource.region ?? 'global', f.resource.id].join(' / ');
}

function testcase(f: Finding): string {
  const open = `    <testcase classname="${xml(f.checkId)}" name="${xml(`${f.resource.name} [${f.resource.id}]`)}" time="0"`;
  if (f.suppression) return `${open}>\n      <skipped message="${xml(`suppressed (${f.suppression.source}): ${f.suppression.reason}`)}"/>\n    </testcase>`;
  if (f.status === 'pass') return `${open}/>`;
  const x = f.exception;
  if (x) return `${open}>\n      <skipped message="${xml(`excepted under proposed 45 CFR ${x.ground} (${x.groundTitle}) until ${x.reviewBy}, owner ${x.owner}; compensating control: ${x.compensatingControl}`)}"/>\n    </testcase>`;
  if (f.status === 'not_assessed') return `${open}>\n      <skipped message="${xml(`not assessed: ${f.message}`)}"/>\n    </testcase>`;
  const evidence = f.evidence.map((e) => `${e.path} = ${e.unknown ? '(unknown)' : JSON.stringify(e.observed)}`).join('\n');
  const body = [f.message, `resource: ${where(f)}`, `severity: ${f.severity}${f.ephi ? ' (ePHI)' : ''}`, `requirements: ${f.requirements.join(', ')}`, ...(evidence ? [`evidence:\n${evidence}`] : []), `remediation: ${f.remediation}`].join('\n');
  return `${open}>\n      <failure message="${xml(f.message)}" type="${xml(f.severity)}">${text(body)}</failure>\n    </testcase>`;
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

const isFailure = (f: Finding): boolean => f.status === 'fail' && !f.suppression;
const isSkipped = (f: Finding): boolean => f.suppression !== undefined || f.status === 'not_assessed' || f.status === 'excepted';

/**
 * JUnit XML: one testsuite per check (a check's findings are its test cases), so a finding is
 * counted once even when its check maps to several NPRM requirements (listed as suite properties).
 * Failing findings are failures; not assessed, excepted and suppressed ones are skipped; coverage gaps
 * are skipped cases of a `coverage` suite.
 */
export function renderJunit(report: ScanReport<FindingList>): string {
  return [...junitParts(report)].join('');
}

/**
 * The same document, one suite (and within a suite one test case) at a time. The totals come
 * first, counted in a first pass; the second pass walks the findings alongside the checks when
 * both are in id order (a scan's are), so no check's findings are gathered in memory.
 */
function* junitParts(report: ScanReport<FindingList>): Generator<string> {
  const counts = new Map<string, Counts>();
  let ordered = report.checks.every((c, i) => i === 0 || byString((report.checks[i - 1] as CheckMeta).id, c.id) < 0);
  let previous: string | undefined;
  for (const f of report.findings) {
    if (previous !== undefined && byString(previous, f.checkId) > 0) ordered = false;
    previous = f.checkId;
    let c = counts.get(f.checkId);
    if (!c) counts.set(f.checkId, (c = { tests: 0, failures: 0, skipped: 0 }));
    c.tests++;
    if (isFailure(f)) c.failures++;
    if (isSkipped(f)) c.skipped++;
  }
  const findingsOf = ordered ? inCheckOrder(report.findings) : grouped(report.findings);
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  for (const check of report.checks) {
    const c = counts.get(check.id);
    if (!c) continue;
    total.tests += c.tests;
    total.failures += c.failures;
    total.skipped += c.skipped;
  }
  total.tests += report.gaps.length;
  total.skipped += report.gaps.length;
  const stamp = report.run.startedAt.replace(/\.\d+Z$/, '').replace(/Z$/, '');
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="phiscan" tests="${total.tests}" failures="${total.failures}" errors="0" skipped="${total.skipped}" time="0">\n`;
  for (const check of report.checks) {
    const c = counts.get(check.id) ?? { tests: 0, failures: 0, skipped: 0 };
    yield [
      `  <testsuite name="${xml(`${check.id}: ${check.title}`)}" tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}" time="0" timestamp="${xml(stamp)}">`,
      '    <properties>',
      ...check.requirements.map((r) => `      <property name="nprm.requirement" value="${xml(r)}"/>`),
      ...check.currentRule.map((r) => `      <property name="current.rule" value="${xml(r)}"/>`),
      ...(check.currentRuleSupport ?? []).map((r) => `      <property name="current.rule.supports" value="${xml(r)}"/>`),
      `      <property name="severity" value="${xml(check.severity)}"/>`,
      '    </properties>\n',
    ].join('\n');
    for (const f of findingsOf(check.id)) yield `${testcase(f)}\n`;
    yield '  </testsuite>\n';
  }
  if (report.gaps.length > 0) {
    yield `  <testsuite name="coverage" tests="${report.gaps.length}" failures="0" errors="0" skipped="${report.gaps.length}" time="0" timestamp="${xml(stamp)}">\n`;
    for (const g of report.gaps) {
      yield `    <testcase classname="coverage" name="${xml(`${g.provider}/${g.account ?? '*'}/${g.region ?? '*'} ${g.service}:${g.operation}`)}" time="0">\n      <skipped message="${xml(`could not read (${g.reason}${g.errorCode ? `, ${g.errorCode}` : ''}): ${g.message}; not assessed: ${g.resourceTypes.join(', ')}`)}"/>\n    </testcase>\n`;
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

/** A check's findings from one pass over findings sorted by check id, asked for in increasing check id. */
function inCheckOrder(findings: Iterable<Finding>): (checkId: string) => Generator<Finding> {
  const it = findings[Symbol.iterator]();
  let head = it.next();
  return function* (checkId) {
    while (!head.done && byString(head.value.checkId, checkId) < 0) head = it.next();
    while (!head.done && head.value.checkId === checkId) {
      yield head.value;
      head = it.next();
    }
  };
}

/** Findings in any order, gathered per check (a hand-made report). */
function grouped(findings: Iterable<Finding>): (checkId: string) => readonly Finding[] {
  const byCheck = groupBy(findings, (f) => f.checkId);
  return (checkId) => byCheck.get(checkId) ?? [];
}

export const junitReporter: Reporter = {
  format: 'junit',
  description: 'JUnit XML for CI test views: a suite per check, failures for failing findings, skipped for not assessed and excepted',
  render: (report) => Promise.resolve([{ name: 'phiscan-junit.xml', content: batched(junitParts(report)) }]),
};
