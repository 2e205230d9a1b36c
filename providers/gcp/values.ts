import { setOwn } from '../../src/lib/objects.js';
import type { Json } from './struct.js';

/** Readers for REST JSON decoded from `resource.data`: the API omits false, empty and default values. */

export type JsonObject = { readonly [key: string]: Json };

export function obj(v: Json | undefined): JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export function arr(v: Json | undefined): readonly Json[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function bool(v: Json | undefined): boolean {
  return v === true || v === 'true';
}

/** A boolean the API writes out in both states (absent = not known), unlike the fields it omits when false. */
export function knownBool(v: Json | undefined): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/** int64 fields arrive as strings in REST JSON. */
export function num(v: Json | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A protobuf Duration in JSON form (`7776000s`, `86400.5s`) in seconds. */
export function durationSeconds(v: Json | undefined): number | undefined {
  if (typeof v !== 'string') return num(v);
  const m = /^(-?\d+(?:\.\d+)?)s$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

export function strings(v: Json | undefined): string[] {
  return arr(v).flatMap((x) => (typeof x === 'string' ? [x] : []));
}

export function labels(v: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) if (typeof val === 'string') setOwn(out, k, val);
  return out;
}

/** Compute self links and relative names -> CAI full resource names (`//compute.googleapis.com/projects/...`). */
export function computeName(link: string | undefined): string | null {
  if (!link) return null;
  const m = /^https:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/(.+)$/.exec(link);
  if (m?.[1]) return `//compute.googleapis.com/${m[1]}`;
  if (link.startsWith('//')) return link;
  if (link.startsWith('projects/')) return `//compute.googleapis.com/${link}`;
  return link;
}

/** A CMEK key name without its `/cryptoKeyVersions/N` suffix (disks cite the version). */
export function kmsKeyName(v: Json | undefined): string | null {
  const s = str(v);
  return s ? s.replace(/\/cryptoKeyVersions\/[^/]+$/, '') : null;
}

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
