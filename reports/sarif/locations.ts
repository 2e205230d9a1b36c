import type { ResourceRef } from '../../src/model/finding.js';
import type { Location } from './types.js';

/** IaC files are relative to the scanned input's root; code scanning resolves %SRCROOT% to the checkout. */
export const SRCROOT = '%SRCROOT%';

/**
 * Percent-encode one URI path segment, keeping the characters RFC 3986 allows in a segment
 * (`:` and `@` included), so ARNs stay readable: `arn:aws:s3:::bucket`.
 */
function segment(s: string): string {
  return encodeURIComponent(s).replace(/%(3A|40|24|26|2B|2C|3B|3D)/g, (m) => decodeURIComponent(m));
}

/** A file path: `.` and empty segments dropped, the rest encoded. */
function filePath(p: string): string {
  return p.split('/').filter((s) => s !== '' && s !== '.').map(segment).join('/');
}

/** A resource id as path segments: a `.` or `..` segment is data, so it is percent-encoded, never resolved. */
function idPath(id: string): string {
  return id.split('/').filter((s) => s !== '').map((s) => (/^\.{1,2}$/.test(s) ? s.replace(/\./g, '%2E') : segment(s))).join('/');
}

/**
 * The stable logical artifact for a live resource: `<provider>/<account>/<region>/<type>/<id>`,
 * where `<id>` is the resource id (ARN, Azure resource id, GCP full name) without leading slashes.
 * A coverage-gap scope ends in `*`. Unknown account or region is `-`; global resources are `global`.
 */
export function logicalUri(r: ResourceRef): string {
  const head = [r.provider, r.account ?? '-', r.region ?? (r.source.kind === 'scope' ? '-' : 'global'), r.type].map(segment).join('/');
  return r.source.kind === 'scope' ? `${head}/*` : `${head}/${idPath(r.id) || '-'}`;
}

/** `snippet`: the IaC block's source text from the report's inventory (findings do not carry it). */
export function locationOf(r: ResourceRef, snippet?: string): Location {
  const logical = { name: r.name, fullyQualifiedName: r.id, kind: 'resource' };
  if (r.source.kind === 'iac') {
    const s = r.source;
    return {
      physicalLocation: { artifactLocation: { uri: filePath(s.file), uriBaseId: SRCROOT }, region: iacRegion(s.line, s.endLine, snippet) },
      logicalLocations: [
        logical,
        { name: s.address, fullyQualifiedName: s.address, kind: 'declaration' },
        // CDKTF: the construct path names the construct in the app's code.
        ...(s.constructPath ? [{ name: s.constructPath, fullyQualifiedName: s.constructPath, kind: 'object' }] : []),
      ],
    };
  }
  // A logical artifact has no lines; line 1 stands for "the whole resource" so viewers that need
  // a region (code scanning annotations) have one.
  return { physicalLocation: { artifactLocation: { uri: logicalUri(r) }, region: { startLine: 1 } }, logicalLocations: [logical] };
}

/** The block's lines, with its source text when known (code scanning shows it beside the alert). */
function iacRegion(line: number, endLine: number | undefined, snippet: string | undefined): { startLine: number; endLine?: number; snippet?: { text: string } } {
  const startLine = Math.max(1, line);
  return { startLine, ...(endLine !== undefined && endLine >= startLine ? { endLine } : {}), ...(snippet ? { snippet: { text: snippet } } : {}) };
}

/**
 * For an IaC resource inside a module, the module call site (where a fix may have to go instead);
 * in a nested module, every call site from the root module's down to its own.
 */
export function relatedLocationsOf(r: ResourceRef): Location[] | undefined {
  if (r.source.kind !== 'iac' || !r.source.moduleCall) return undefined;
  const calls = r.source.moduleCalls ?? [r.source.moduleCall];
  const address = r.source.address;
  return calls.map((call, i) => ({
    id: i + 1,
    message: { text: i === calls.length - 1 ? `module call of ${address}` : `module call ${i + 1} of ${calls.length} on the way to ${address}` },
    physicalLocation: { artifactLocation: { uri: filePath(call.file), uriBaseId: SRCROOT }, region: { startLine: Math.max(1, call.line) } },
    logicalLocations: [],
  }));
}
