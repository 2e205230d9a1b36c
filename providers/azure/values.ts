import { setOwn } from '../../src/lib/objects.js';
import type { Json, JsonObject } from './rest.js';

/**
 * Readers for ARM / Graph JSON. ARM omits unset properties, so an absent value is "known
 * absent" (null) once the object it lives in was read; the caller decides per field whether
 * null means the service default.
 */

export function obj(v: Json | undefined): JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export function arr(v: Json | undefined): readonly Json[] {
  return Array.isArray(v) ? v : [];
}

export function objs(v: Json | undefined): JsonObject[] {
  return arr(v).flatMap((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? [x] : []));
}

/** A non-empty string, or null. */
export function str(v: Json | undefined): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** true/false (ARM sometimes sends `"True"`/`"False"` strings), or null. */
export function bool(v: Json | undefined): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return null;
}

export function num(v: Json | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function strings(v: Json | undefined): string[] {
  return arr(v).flatMap((x) => (typeof x === 'string' && x !== '' ? [x] : []));
}

/** `[{id}]` → ids. */
export function ids(v: Json | undefined): string[] {
  return objs(v).flatMap((o) => (typeof o.id === 'string' ? [o.id] : []));
}

/** A string from a closed set, or null. */
export function oneOf<const T extends string>(v: Json | undefined, allowed: readonly T[]): T | null {
  const s = str(v);
  if (s === null) return null;
  return allowed.find((a) => a.toLowerCase() === s.toLowerCase()) ?? null;
}

export function tagsOf(v: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) if (typeof val === 'string') setOwn(out, k, val);
  return out;
}

/** Last path segment of an ARM id. */
export function lastSegment(id: string): string {
  return id.split('/').filter(Boolean).pop() ?? id;
}

/** `/subscriptions/<s>/resourceGroups/<rg>/...` → rg. */
export function resourceGroupOf(id: string): string | null {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? null;
}

export function subscriptionOf(id: string): string | null {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1] ?? null;
}

/** Compare ARM ids and types: both are case-insensitive. */
export const lower = (s: string): string => s.toLowerCase();
