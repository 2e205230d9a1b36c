import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, parseJsonInput } from './errors.js';
import { blockSnippet, parseSuppression, pinnedAccount, providerOfType, referencedAddress, UNKNOWN, type TfObject, type TfResource, type TfValue } from './model.js';
import { displayPath } from './paths.js';

/**
 * CDKTF synth output (`cdktf.out`): each stack's `cdk.tf.json` is Terraform JSON configuration.
 * The construct path comes from the `//` metadata CDKTF writes on every resource
 * (`"//": {"metadata": {"path": "stack/bucket", "uniqueId": "bucket"}}`); the line is the line of
 * the resource's key in `cdk.tf.json`. `${...}` tokens are unknown until apply, with the
 * references they name kept for joins.
 *
 * Suppressions: a `//` metadata key `phiscan:ignore` (`{"CHECK_ID": "reason"}` or
 * `["CHECK_ID reason"]`, added with `resource.addOverride('//.phiscan:ignore', {...})`), or a tag
 * `phiscan:ignore` = `CHECK_ID reason` (several separated by `;`).
 */

interface Manifest {
  stacks?: Record<string, { name?: string; synthesizedStackPath?: string }>;
}

/** The cdk.tf.json files of a cdktf.out directory (via manifest.json), a stacks directory, or one file. */
export async function cdktfStackFiles(input: string): Promise<{ stack: string; file: string }[]> {
  const abs = resolve(input);
  const st = await stat(abs).catch(() => undefined);
  if (!st) throw new InputError(`${input}: no such file or directory (--cdktf-out expects cdktf.out or a cdk.tf.json)`);
  if (st.isFile()) return [{ stack: basename(dirname(abs)), file: abs }];
  const manifestPath = join(abs, 'manifest.json');
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (manifestText !== undefined) {
    const manifest = parseJsonInput(displayPath(manifestPath), manifestText) as Manifest;
    if (!manifest || typeof manifest !== 'object' || typeof manifest.stacks !== 'object' || manifest.stacks === null) throw new InputError(`${displayPath(manifestPath)}:1:1: not a CDKTF manifest (expected "stacks")`);
    return Object.entries(manifest.stacks)
      .map(([name, s]) => ({ stack: s.name ?? name, file: join(abs, s.synthesizedStackPath ?? join('stacks', name, 'cdk.tf.json')) }))
      .sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
  }
  const stacksDir = (await stat(join(abs, 'stacks')).catch(() => undefined))?.isDirectory() ? join(abs, 'stacks') : abs;
  const out: { stack: string; file: string }[] = [];
  for (const e of (await readdir(stacksDir, { withFileTypes: true })).filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const f = join(stacksDir, e.name, 'cdk.tf.json');
    if ((await stat(f).catch(() => undefined))?.isFile()) out.push({ stack: e.name, file: f });
  }
  if (out.length === 0) throw new InputError(`${input}: no stacks found (expected manifest.json or stacks/<name>/cdk.tf.json)`);
  return out;
}

const META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
const TOKEN = /\$\{([^}]*)\}/g;
const TRAVERSAL = /\b(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*/g;

/** Replace `${...}` tokens with UNKNOWN, collecting the resources they reference per dotted path. */
function convert(v: unknown, path: string, refs: Record<string, string[]>): TfValue {
  if (typeof v === 'string') {
    if (!v.includes('${')) return v;
    const found = new Set(refs[path] ?? []);
    for (const m of v.matchAll(TOKEN)) for (const t of (m[1] ?? '').matchAll(TRAVERSAL)) {
      const addr = referencedAddress(t[0], '');
      if (addr) found.add(addr);
    }
    if (found.size > 0) refs[path] = [...found];
    return UNKNOWN;
  }
  if (Array.isArray(v)) return v.map((x) => convert(x, path, refs));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, TfValue> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = convert(x, path ? `${path}.${k}` : k, refs);
    return out;
  }
  return (v ?? null) as TfValue;
}

interface CdkDoc {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  provider?: Record<string, unknown>;
  terraform?: unknown;
}

export function parseCdktfStack(stack: string, file: string, text: string): TfResource[] {
  const display = displayPath(file);
  const doc = parseJsonInput(display, text) as CdkDoc;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('resource' in doc || 'terraform' in doc)) {
    throw new InputError(`${display}:1:1: not a CDKTF synthesized stack (expected Terraform JSON with "terraform" and "resource")`);
  }
  const ends = new Map<string, number>();
  const lines = resourceKeyLines(text, ends);
  const textLines = text.split('\n');
  const provider = (name: string): Record<string, unknown> | undefined => {
    const p = doc.provider?.[name];
    const list = Array.isArray(p) ? (p as Record<string, unknown>[]) : p && typeof p === 'object' ? [p as Record<string, unknown>] : [];
    return list.find((x) => !('alias' in x));
  };
  const str = (x: unknown) => (typeof x === 'string' && !x.includes('${') ? x : undefined);
  const out: TfResource[] = [];
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    if (!byName || typeof byName !== 'object') continue;
    for (const [name, raw] of Object.entries(byName)) {
      if (!raw || typeof raw !== 'object') continue;
      const refs: Record<string, string[]> = {};
      const values: Record<string, TfValue> = {};
      for (const [k, v] of Object.entries(raw)) if (!META.has(k)) values[k] = convert(v, k, refs);
      const meta = (raw['//'] ?? {}) as { metadata?: { path?: unknown }; 'phiscan:ignore'?: unknown };
      const p = provider(providerOfType(type));
      out.push({
        format: 'cdktf',
        address: `${type}.${name}`,
        configAddress: `${type}.${name}`,
        index: undefined,
        type,
        name,
        modulePath: '',
        values: values,
        refs,
        configured: new Set(Object.keys(values)),
        file: display,
        line: lines.get(`${type}.${name}`) ?? 1,
        endLine: ends.get(`${type}.${name}`),
        snippet: blockSnippet(textLines, lines.get(`${type}.${name}`) ?? 1, ends.get(`${type}.${name}`) ?? 0),
        constructPath: typeof meta.metadata?.path === 'string' ? meta.metadata.path : undefined,
        suppressions: [...metadataSuppressions(meta['phiscan:ignore']), ...tagSuppressions(values.tags)],
        region: str(values.region) ?? str(p?.region),
        project: str(values.project) ?? str(p?.project),
        account: pinnedAccount(providerOfType(type), (k) => p?.[k]),
        stack,
      });
    }
  }
  return out;
}

function metadataSuppressions(v: unknown): { checkId: string; reason: string }[] {
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? [parseSuppression(`# phiscan:ignore ${x}`)].filter((s) => s !== undefined) : []));
  if (v && typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([checkId, reason]) => ({ checkId, reason: typeof reason === 'string' && reason ? reason : 'no reason given' }));
  if (typeof v === 'string') return metadataSuppressions([v]);
  return [];
}

function tagSuppressions(tags: TfValue | undefined): { checkId: string; reason: string }[] {
  if (!tags || typeof tags !== 'object' || Array.isArray(tags)) return [];
  const v = (tags as TfObject)['phiscan:ignore'];
  return typeof v === 'string' ? v.split(';').flatMap((x) => [parseSuppression(`# phiscan:ignore ${x.trim()}`)].filter((s) => s !== undefined)) : [];
}

/** Line of each `resource.<type>.<name>` key, by a one-pass JSON tokenizer (the text already parsed). */
export function resourceKeyLines(text: string, ends?: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const keys: (string | undefined)[] = [];
  const kinds: ('o' | 'a')[] = [];
  let line = 1;
  let pendingKey: string | undefined;
  let lastString: string | undefined;
  let lastStringLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      const start = i + 1;
      let j = start;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text[j];
        if (d === '\\') {
          j++;
          escaped = true;
        }
        else if (d === '"') break;
      }
      const raw = text.slice(start, j);
      lastString = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
      lastStringLine = line;
      i = j;
    } else if (c === ':') {
      if (kinds[kinds.length - 1] === 'o' && lastString !== undefined) {
        pendingKey = lastString;
        keys[kinds.length - 1] = pendingKey;
        if (kinds.length === 3 && keys[0] === 'resource') out.set(`${keys[1]}.${pendingKey}`, lastStringLine);
      }
      lastString = undefined;
    } else if (c === '{' || c === '[') {
      kinds.push(c === '{' ? 'o' : 'a');
      keys.push(undefined);
    } else if (c === '}' || c === ']') {
      // The closing brace of a resource body (`resource.TYPE.NAME`): its last line.
      if (ends && kinds.length === 4 && keys[0] === 'resource') ends.set(`${keys[1]}.${keys[2]}`, line);
      kinds.pop();
      keys.pop();
    } else if (c === ',') lastString = undefined;
  }
  return out;
}
