import { fail, notAssessed, pass, type InventoryView, type Verdict } from '../../../src/engine/check-api.js';
import { isType, type Resource } from '../../../src/model/resource.js';
import type { TrailEventSelectors, TrailFieldSelector } from '../../../src/model/types/aws/index.js';

/**
 * Whether CloudTrail records every read and write data event of one S3 bucket or DynamoDB table:
 * shared by the two ePHI data-event checks. Basic selectors match ARN prefixes (`arn:aws:s3` = all
 * buckets, `arn:aws:s3:::bucket/` = one bucket); advanced selectors are conjunctions of field
 * conditions, ORed together. A selector that narrows events any other way (event names, users,
 * an object prefix, an exclusion inside the bucket) does not cover the whole store.
 */
export interface DataStore {
  readonly kind: 's3' | 'dynamodb';
  /** `arn:aws:s3:::bucket/` (every object of the bucket) or the table ARN; undefined when unknown (IaC name unknown until apply). */
  readonly arn: string | undefined;
  readonly region: string | undefined;
}

const RESOURCE_TYPE = { s3: 'AWS::S3::Object', dynamodb: 'AWS::DynamoDB::Table' } as const;
const ALL_OF = { s3: 'arn:aws:s3', dynamodb: 'arn:aws:dynamodb' } as const;

interface Coverage { read: boolean; write: boolean }

function basicCovers(sel: TrailEventSelectors['basic'][number], store: DataStore): Coverage {
  const hit = sel.dataResources.some((d) => d.type === RESOURCE_TYPE[store.kind] && d.values.some((v) => v === ALL_OF[store.kind] || v === `${ALL_OF[store.kind]}:::` || (store.arn !== undefined && (store.kind === 's3' ? store.arn.startsWith(v) && v.length > 'arn:aws:s3:::'.length : v === store.arn))));
  return { read: hit && sel.readWriteType !== 'WriteOnly', write: hit && sel.readWriteType !== 'ReadOnly' };
}

/** Does a field condition on `resources.ARN` keep every event of the store? */
function arnKeepsAll(f: TrailFieldSelector, store: DataStore): boolean {
  const a = store.arn;
  if (a === undefined) return false;
  const touches = (v: string) => v.startsWith(a) || a.startsWith(v);
  if (f.equals.length > 0 && !(store.kind === 'dynamodb' && f.equals.includes(a))) return false;
  if (f.startsWith.length > 0 && !f.startsWith.some((v) => a.startsWith(v))) return false;
  if (f.endsWith.length > 0 && !(store.kind === 'dynamodb' && f.endsWith.some((v) => a.endsWith(v)))) return false;
  if (f.notStartsWith.some(touches) || f.notEquals.some(touches)) return false;
  if (f.notEndsWith.length > 0 && (store.kind === 's3' || f.notEndsWith.some((v) => a.endsWith(v)))) return false;
  return true;
}

function advancedCovers(sel: TrailEventSelectors['advanced'][number], store: DataStore): Coverage {
  const none = { read: false, write: false };
  let read = true;
  let write = true;
  let data = false;
  let type = false;
  for (const f of sel.fieldSelectors) {
    const only = (values: readonly string[]) => f.notEquals.length + f.startsWith.length + f.notStartsWith.length + f.endsWith.length + f.notEndsWith.length === 0 && f.equals.length > 0 && values.some((v) => f.equals.includes(v));
    if (f.field === 'eventCategory') data = only(['Data']);
    else if (f.field === 'resources.type') type = only([RESOURCE_TYPE[store.kind]]);
    else if (f.field === 'readOnly') {
      const yes = f.equals.includes('true') || f.notEquals.includes('false');
      const no = f.equals.includes('false') || f.notEquals.includes('true');
      read &&= yes || !no;
      write &&= no || !yes;
    } else if (f.field === 'resources.ARN') {
      if (!arnKeepsAll(f, store)) return none;
    } else return none; // eventName, eventSource, userIdentity.arn, ...: a subset of the events.
  }
  return data && type ? { read, write } : none;
}

export function selectorsCover(sel: TrailEventSelectors, store: DataStore): Coverage {
  const all = [...sel.basic.map((s) => basicCovers(s, store)), ...sel.advanced.map((s) => advancedCovers(s, store))];
  return { read: all.some((c) => c.read), write: all.some((c) => c.write) };
}

export const DATA_EVENT_LOOKUPS = { types: ['aws.cloudtrail.account-trails', 'aws.cloudtrail.trail'] } as const;

/**
 * The trails that apply to the store's account: the account's trail list (own and organization
 * trails) when it was collected, else (IaC) the trails of the input in the same account, which
 * can only prove coverage, never its absence.
 */
export function evaluateDataEvents(r: Resource, store: DataStore, inventory: InventoryView): Verdict {
  const what = store.kind === 's3' ? 'bucket' : 'table';
  const listing = inventory.byId(`arn:aws:cloudtrail::${r.account ?? ''}:account-trails`);
  const listed = listing && isType(listing, 'aws.cloudtrail.account-trails') ? listing.config.trailArns : null;
  if (listed === undefined) return notAssessed('the trails of the account could not be listed (DescribeTrails)', ['trails', undefined]);
  const arns = listed ?? inventory.ofType('aws.cloudtrail.trail').filter((t) => t.account === r.account).map((t) => t.id);
  let read: string | undefined;
  let write: string | undefined;
  const notes: string[] = [];
  let unknown = listed === null;
  for (const arn of [...arns].sort()) {
    const trail = inventory.byId(arn);
    if (!trail || !isType(trail, 'aws.cloudtrail.trail')) {
      notes.push(`${arn}: not in the inventory`);
      unknown = true;
      continue;
    }
    const t = trail.config;
    const inRegion = t.isMultiRegion === true || (store.region !== undefined && t.homeRegion === store.region);
    if (t.isLogging === false || (t.isMultiRegion === false && t.homeRegion !== undefined && store.region !== undefined && !inRegion)) {
      notes.push(`${arn}: ${t.isLogging === false ? 'not logging' : `single-region trail in ${t.homeRegion ?? '?'}`}`);
      continue;
    }
    if (t.isLogging === undefined || !inRegion || t.eventSelectors === undefined) {
      notes.push(`${arn}: selectors or status unreadable`);
      unknown = true;
      continue;
    }
    const c = selectorsCover(t.eventSelectors, store);
    if (c.read) read ??= arn;
    if (c.write) write ??= arn;
    notes.push(`${arn}: ${c.read && c.write ? 'reads and writes' : c.read ? 'reads only' : c.write ? 'writes only' : `no selector covers the whole ${what}`}`);
  }
  const evidence = [['trails', arns], ['selectors', notes]] as const;
  if (read && write) return pass(`CloudTrail records every read and write data event of the ${what} (${read === write ? read : `${read} reads, ${write} writes`})`, ...evidence);
  if (store.arn === undefined) return notAssessed(`the ${what}'s ARN is unknown until apply, so selectors naming it cannot be matched`, ['arn', undefined], ...evidence);
  if (unknown) return notAssessed(listed === null ? `no trail in this input records the ${what}'s data events, and trails outside it are unknown` : `some trails could not be read: ${notes.join('; ')}`, ...evidence);
  const missing = !read && !write ? 'read and write' : !read ? 'read' : 'write';
  return fail(arns.length === 0 ? 'the account has no CloudTrail trail' : `no logging trail records the ${what}'s ${missing} data events: ${notes.join('; ')}`, ...evidence);
}
