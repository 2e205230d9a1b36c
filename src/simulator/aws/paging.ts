/** Opaque page tokens (NextToken / Marker) over a fixed item list: an offset bound to the listing it came from. */

export class InvalidTokenError extends Error {}

export interface Page<T> {
  readonly items: readonly T[];
  /** undefined on the last page. */
  readonly next: string | undefined;
}

export function page<T>(items: readonly T[], listing: string, token: string | undefined, requested: number | undefined, max: number): Page<T> {
  let offset = 0;
  if (token) {
    const decoded = decode(token);
    if (!decoded || decoded.l !== listing) throw new InvalidTokenError(`invalid pagination token for ${listing}`);
    offset = decoded.o;
  }
  const size = requested !== undefined && requested > 0 ? Math.min(requested, max) : max;
  const slice = items.slice(offset, offset + size);
  return { items: slice, next: offset + size < items.length ? Buffer.from(JSON.stringify({ l: listing, o: offset + size })).toString('base64url') : undefined };
}

function decode(token: string): { l: string; o: number } | undefined {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { l?: unknown; o?: unknown };
    return typeof t.l === 'string' && typeof t.o === 'number' ? { l: t.l, o: t.o } : undefined;
  } catch {
    return undefined;
  }
}
