import { cachedIn, setOwn } from '../../src/lib/objects.js';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { BlockText, cdktfSnippet, SourceFile } from './block-text.js';
import { readText } from './decode.js';
import { InputError } from './errors.js';
import { describeKind, describeValue as describe, isJsonObject as isObject, lineBreaks, pathText, scanJsonFile, scanJsonText, ShapeError, type ByteRange, type JsonKind, type JsonSink, type PathKey } from './json-stream.js';
import { NO_REFS, NO_SUPPRESSIONS, ownValue, parseSuppression, pinnedAccount, providerOfType, referencedAddress, UNKNOWN, type TfObject, type TfResource, type TfValue } from './model.js';
import { displayPath, isInside } from './paths.js';
import { CdktfResource, placeCache } from './records.js';

/**
 * CDKTF synth output (`cdktf.out`): each stack's `cdk.tf.json` is Terraform JSON configuration.
 * The construct path comes from the `//` metadata CDKTF writes on every resource
 * (`"//": {"metadata": {"path": "stack/bucket", "uniqueId": "bucket"}}`); the line is the line of
 * the resource's key in `cdk.tf.json`. `${...}` tokens are unknown until apply, with the
 * references they name kept for joins.
 *
 * Suppressions: Terraform JSON's comment is the `//` property, so a resource's `//` metadata key
 * `phiscan:ignore` (`{"CHECK_ID": "reason"}` or `["CHECK_ID reason"]`, added with
 * `resource.addOverride('//.phiscan:ignore', {...})`) suppresses; so does a tag whose key is
 * `phiscan:ignore` (value `CHECK_ID reason`, several separated by `;`). Text inside any other
 * string, `# phiscan:ignore` included, is a value and never suppresses.
 */

/** A manifest larger than this is not a CDKTF manifest. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;


/** The cdk.tf.json files of a cdktf.out directory (via manifest.json), a stacks directory, or one file. */
export async function cdktfStackFiles(input: string): Promise<{ stack: string; file: string }[]> {
  const abs = resolve(input);
  const st = await stat(abs).catch(() => undefined);
  if (!st) throw new InputError(`${input}: no such file or directory (--cdktf-out expects cdktf.out or a cdk.tf.json)`);
  if (st.isFile()) return [{ stack: basename(dirname(abs)), file: abs }];
  if (!st.isDirectory()) throw new InputError(`${input}: not a regular file or directory (--cdktf-out expects cdktf.out or a cdk.tf.json)`);
  return staysInside(abs, await listedStacks(input, abs));
}

/**
 * A stack file reached through a symlink that leaves the output directory is refused, not read:
 * the directory is what the user named (a listed stack is never skipped either, which would hide it).
 */
async function staysInside(dir: string, stacks: { stack: string; file: string }[]): Promise<{ stack: string; file: string }[]> {
  const root = await realpath(dir);
  for (const { file } of stacks) {
    const target = await realpath(file).catch(() => undefined);
    if (target !== undefined && !isInside(target, root)) throw new InputError(`${displayPath(file)}: a symlink to ${target}, outside the CDKTF output directory ${displayPath(dir)}; not read`);
  }
  return stacks;
}

async function listedStacks(input: string, abs: string): Promise<{ stack: string; file: string }[]> {
  const manifestPath = join(abs, 'manifest.json');
  if ((await stat(manifestPath).catch(() => undefined))?.isFile()) return manifestStacks(abs, manifestPath);
  const stacksDir = (await stat(join(abs, 'stacks')).catch(() => undefined))?.isDirectory() ? join(abs, 'stacks') : abs;
  const out: { stack: string; file: string }[] = [];
  for (const e of (await readdir(stacksDir, { withFileTypes: true })).filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const f = join(stacksDir, e.name, 'cdk.tf.json');
    if ((await stat(f).catch(() => undefined))?.isFile()) out.push({ stack: e.name, file: f });
  }
  if (out.length === 0) throw new InputError(`${input}: no stacks found (expected manifest.json or stacks/<name>/cdk.tf.json)`);
  return out;
}

/** manifest.json: `{"stacks": {"<name>": {"name": "...", "synthesizedStackPath": "stacks/<name>/cdk.tf.json"}}}`, each path inside the directory. */
async function manifestStacks(dir: string, manifestPath: string): Promise<{ stack: string; file: string }[]> {
  const display = displayPath(manifestPath);
  const text = await readText(manifestPath, display, MAX_MANIFEST_BYTES, 'a CDKTF manifest');
  const stacks: { stack: string; file: string }[] = [];
  let listed = false;
  scanJsonText(display, text, {
    take(path, kind) {
      if (path.length === 0) {
        if (kind !== 'object') throw new ShapeError(`not a CDKTF manifest: the document is ${describeKind(kind)} (expected an object with "stacks")`);
        return 'descend';
      }
      if (path[0] !== 'stacks') return 'skip';
      if (path.length === 1) {
        if (kind !== 'object') throw new ShapeError(`not a CDKTF manifest: "stacks" is ${describeKind(kind)}, expected an object`);
        listed = true;
        return 'descend';
      }
      return 'parse';
    },
    value(path, s) {
      const at = pathText(path);
      const key = String(path[1]);
      if (!isObject(s)) throw new ShapeError(`${at} is ${describe(s)}, expected an object with "synthesizedStackPath"`);
      if (s.name !== undefined && (typeof s.name !== 'string' || s.name === '')) throw new ShapeError(`${at}: "name" is ${describe(s.name)}, expected a string`, 'name');
      const p = s.synthesizedStackPath ?? join('stacks', key, 'cdk.tf.json');
      if (typeof p !== 'string' || p === '') throw new ShapeError(`${at}: "synthesizedStackPath" is ${describe(p)}, expected a path`, 'synthesizedStackPath');
      const file = resolve(dir, p);
      const rel = relative(dir, file);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ShapeError(`${at}: "synthesizedStackPath" ${JSON.stringify(p)} leaves the CDKTF output directory`, 'synthesizedStackPath');
      stacks.push({ stack: typeof s.name === 'string' ? s.name : key, file });
    },
  });
  if (!listed) throw new InputError(`${display}:1:1: not a CDKTF manifest (expected "stacks")`);
  if (stacks.length === 0) throw new InputError(`${display}:1:1: the CDKTF manifest lists no stacks`);
  return stacks.sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
}

const META = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
const TOKEN = /\$\{([^}]*)\}/g;
const TRAVERSAL = /\b(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*/g;

/**
 * A Terraform JSON string without interpolations or directives, with its escapes undone (`$${` is a
 * literal `${`, `%%{` a literal `%{`); undefined when it holds a `${...}` or `%{...}` template.
 */
export function literalString(v: string): string | undefined {
  if (!v.includes('{')) return v;
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charAt(i);
    if ((c === '$' || c === '%') && v.charAt(i + 1) === c && v.charAt(i + 2) === '{') { out += `${c}{`; i += 2; continue; }
    if ((c === '$' || c === '%') && v.charAt(i + 1) === '{') return undefined;
    out += c;
  }
  return out;
}

/** Replace `${...}` tokens with UNKNOWN, collecting the resources they reference per dotted path. */
function convert(v: unknown, path: string, refs: Record<string, string[]>): TfValue {
  if (typeof v === 'string') {
    const literal = literalString(v);
    if (literal !== undefined) return literal;
    const found = new Set(ownValue(refs, path) ?? []);
    for (const m of v.matchAll(TOKEN)) for (const t of (m[1] ?? '').matchAll(TRAVERSAL)) {
      const addr = referencedAddress(t[0], '');
      if (addr) found.add(addr);
    }
    if (found.size > 0) setOwn(refs, path, [...found]);
    return UNKNOWN;
  }
  if (Array.isArray(v)) return v.map((x) => convert(x, path, refs));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, TfValue> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) setOwn(out, k, convert(x, path ? `${path}.${k}` : k, refs));
    return out;
  }
  return (v ?? null) as TfValue;
}

/** Collects a stack's resources (with the line of each resource's key) and providers while the scanner walks it. */
class StackSink implements JsonSink {
  isTerraformJson = false;
  /** Each resource converted as soon as it is parsed: its text and raw body are not kept while the rest of the stack is read. */
  readonly read: StackResource[] = [];
  providers: Record<string, unknown> = {};

  /** `file`: the stack file as scanned, to read snippets back from (see BlockText); none for text in memory. */
  constructor(private readonly file?: SourceFile) {}

  take(path: readonly PathKey[], kind: JsonKind): 'descend' | 'parse' | 'skip' {
    const expectObject = () => {
      if (kind !== 'object') throw new ShapeError(`${pathText(path)} is ${describeKind(kind)}, expected an object`);
    };
    if (path.length === 0) {
      if (kind !== 'object') throw new ShapeError(`not a CDKTF synthesized stack: the document is ${describeKind(kind)} (expected Terraform JSON with "terraform" and "resource")`);
      return 'descend';
    }
    const [top] = path;
    if (top === 'terraform' || top === 'resource') this.isTerraformJson = true;
    if (top === 'provider' && path.length === 1) {
      expectObject();
      return 'parse';
    }
    if (top !== 'resource') return 'skip';
    if (path.length <= 2) {
      expectObject();
      return 'descend';
    }
    return 'parse';
  }

  value(path: readonly PathKey[], value: unknown, line: number, text: string, bytes: ByteRange | undefined): void {
    if (path[0] === 'provider') {
      this.providers = value as Record<string, unknown>;
      return;
    }
    if (!isObject(value)) throw new ShapeError(`${pathText(path)} is ${describe(value)}, expected the resource's arguments as an object`);
    const [type, name] = [String(path[1]), String(path[2])];
    // The file's bytes are the text (UTF-8): read the snippet back when a report needs it; else keep it now.
    const snippet = this.file && bytes ? new BlockText(this.file, bytes.start, bytes.end, name, type) : cdktfSnippet(name, text, type);
    this.read.push(stackResource(type, name, value, line, text, snippet));
  }
}

/** Parse a stack already in memory (tests, small files). */
export function parseCdktfStack(stack: string, file: string, text: string): TfResource[] {
  const sink = new StackSink();
  scanJsonText(displayPath(file), text, sink);
  return stackResources(stack, displayPath(file), sink);
}

/** Read a stack's cdk.tf.json as a stream. */
export async function readCdktfStack(stack: string, file: string): Promise<TfResource[]> {
  const st = await stat(file).catch(() => undefined);
  if (!st?.isFile()) throw new InputError(`${displayPath(file)}: not a file (a CDKTF stack)`);
  const sink = new StackSink(new SourceFile(resolve(file), st));
  await scanJsonFile(file, displayPath(file), sink);
  return stackResources(stack, displayPath(file), sink);
}

/** A resource as its block reads, before the provider configuration (which may follow it in the file) is applied. */
interface StackResource {
  readonly type: string;
  readonly name: string;
  readonly values: TfObject;
  readonly refs: TfResource['refs'];
  readonly line: number;
  readonly endLine: number;
  readonly snippet: TfResource['snippet'];
  readonly constructPath: string | undefined;
  readonly suppressions: TfResource['suppressions'];
}

function stackResource(type: string, name: string, body: Record<string, unknown>, line: number, text: string, snippet: TfResource['snippet']): StackResource {
  const refs: Record<string, string[]> = {};
  const values: Record<string, TfValue> = {};
  for (const [k, v] of Object.entries(body)) if (!META.has(k)) setOwn(values, k, convert(v, k, refs));
  const meta = isObject(body['//']) ? body['//'] : {};
  const metadata = isObject(meta.metadata) ? meta.metadata : {};
  const suppressions = [...metadataSuppressions(ownValue(meta, 'phiscan:ignore')), ...tagSuppressions(ownValue(values, 'tags'))];
  return {
    type,
    name,
    values,
    refs: Object.keys(refs).length > 0 ? refs : NO_REFS,
    line,
    // The value's text starts on its key's line in synthesized (formatted) JSON.
    endLine: line + lineBreaks(text),
    snippet,
    constructPath: typeof metadata.path === 'string' ? metadata.path : undefined,
    suppressions: suppressions.length > 0 ? suppressions : NO_SUPPRESSIONS,
  };
}

function stackResources(stack: string, display: string, sink: StackSink): TfResource[] {
  if (!sink.isTerraformJson) throw new InputError(`${display}:1:1: not a CDKTF synthesized stack (expected Terraform JSON with "terraform" and "resource")`);
  const provider = (name: string): Record<string, unknown> | undefined => {
    const p = ownValue(sink.providers, name);
    const list = Array.isArray(p) ? p.filter(isObject) : isObject(p) ? [p] : [];
    return list.find((x) => !Object.hasOwn(x, 'alias'));
  };
  const str = (x: unknown) => (typeof x === 'string' && !x.includes('${') ? x : undefined);
  const out: TfResource[] = [];
  // `<type>.`, one string per type: built per address, a short prefix is a separate string in every one.
  const typePrefixes = new Map<string, string>();
  const place = placeCache();
  for (const { type, name, values, refs, line, endLine, snippet, constructPath, suppressions } of sink.read) {
    const p = provider(providerOfType(type));
    const address = cachedIn(typePrefixes, type, (t) => `${t}.`) + name;
    out.push(
      new CdktfResource(
        address,
        type,
        name,
        values,
        refs,
        line,
        endLine,
        snippet,
        constructPath,
        suppressions,
        place({
          format: 'cdktf',
          file: display,
          stack,
          region: str(ownValue(values, 'region')) ?? str(p?.region),
          project: str(ownValue(values, 'project')) ?? str(p?.project),
          account: pinnedAccount(providerOfType(type), (k) => ownValue(p, k)),
        }),
      ),
    );
  }
  return out;
}

function metadataSuppressions(v: unknown): { checkId: string; reason: string }[] {
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' ? [parseSuppression(`# phiscan:ignore ${x}`)].filter((s) => s !== undefined) : []));
  if (isObject(v)) return Object.entries(v).map(([checkId, reason]) => ({ checkId, reason: typeof reason === 'string' && reason.trim() ? reason : 'no reason given' }));
  if (typeof v === 'string') return metadataSuppressions([v]);
  return [];
}

function tagSuppressions(tags: TfValue | undefined): { checkId: string; reason: string }[] {
  if (!tags || typeof tags !== 'object' || Array.isArray(tags)) return [];
  const v = ownValue(tags as TfObject, 'phiscan:ignore');
  return typeof v === 'string' ? v.split(';').flatMap((x) => [parseSuppression(`# phiscan:ignore ${x.trim()}`)].filter((s) => s !== undefined)) : [];
}
