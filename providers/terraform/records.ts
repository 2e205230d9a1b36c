import { cachedIn } from '../../src/lib/objects.js';
import { OwnKeys, type Configured, type IacFormat, type TfObject, type TfResource } from './model.js';

/*
 * The TfResource records of the plan and CDKTF readers, the inputs that reach a million resources.
 * A plain object with every TfResource field costs about 180 B per resource, and a large input
 * holds all of them while it is mapped (issue 19: under 1 GiB for a million resources). These keep
 * per resource only what differs between resources; what a whole input or provider configuration
 * shares is one `TfPlace`, and what few resources have sits behind one optional object. Mappers read
 * them through the TfResource interface like any other.
 */

/** What the resources of one input and provider configuration share. */
export interface TfPlace {
  readonly format: IacFormat;
  readonly file: string;
  readonly stack: string;
  readonly region: string | undefined;
  readonly project: string | undefined;
  readonly account: string | undefined;
}

/** One TfPlace per distinct combination, for one read (nested maps: an undefined setting is a key of its own, never a string). */
export function placeCache(): (place: TfPlace) => TfPlace {
  const root = new Map<unknown, unknown>();
  return (p) => {
    let level = root;
    for (const key of [p.format, p.file, p.stack, p.region, p.project]) level = cachedIn(level, key, () => new Map<unknown, unknown>()) as Map<unknown, unknown>;
    return cachedIn(level, p.account, () => p) as TfPlace;
  };
}

/** Where a plan resource sits when it is not a single instance in the root module, or the source places it in a module call. */
export interface PlanPlacement {
  readonly configAddress: string;
  readonly index: string | number | undefined;
  readonly modulePath: string;
  readonly moduleCall: TfResource['moduleCall'];
  readonly moduleCalls: TfResource['moduleCalls'];
}

/** What every record holds, and the fields the resources of one place share, read from its TfPlace. */
abstract class PlacedResource {
  constructor(
    readonly address: string,
    readonly type: string,
    readonly name: string,
    readonly values: TfObject,
    readonly refs: TfResource['refs'],
    private readonly place: TfPlace,
  ) {}

  get format(): IacFormat {
    return this.place.format;
  }
  get file(): string {
    return this.place.file;
  }
  get stack(): string {
    return this.place.stack;
  }
  get region(): string | undefined {
    return this.place.region;
  }
  get project(): string | undefined {
    return this.place.project;
  }
  get account(): string | undefined {
    return this.place.account;
  }
}

/** A resource of a `terraform show -json` plan. */
export class PlanResource extends PlacedResource implements TfResource {
  private readonly placement: PlanPlacement | undefined;

  constructor(
    address: string,
    type: string,
    name: string,
    values: TfObject,
    refs: TfResource['refs'],
    readonly configured: Configured | undefined,
    readonly line: number,
    readonly suppressions: TfResource['suppressions'],
    place: TfPlace,
    placement: PlanPlacement,
  ) {
    super(address, type, name, values, refs, place);
    const plain = placement.configAddress === address && placement.index === undefined && placement.modulePath === '' && !placement.moduleCall && !placement.moduleCalls;
    this.placement = plain ? undefined : placement;
  }

  get configAddress(): string {
    return this.placement?.configAddress ?? this.address;
  }
  get index(): string | number | undefined {
    return this.placement?.index;
  }
  get modulePath(): string {
    return this.placement?.modulePath ?? '';
  }
  get moduleCall(): TfResource['moduleCall'] {
    return this.placement?.moduleCall;
  }
  get moduleCalls(): TfResource['moduleCalls'] {
    return this.placement?.moduleCalls;
  }
}

/** A resource of a CDKTF synthesized stack: a single instance in the root module whose configuration is its values. */
export class CdktfResource extends PlacedResource implements TfResource {
  constructor(
    address: string,
    type: string,
    name: string,
    values: TfObject,
    refs: TfResource['refs'],
    readonly line: number,
    readonly endLine: number,
    readonly snippet: TfResource['snippet'],
    readonly constructPath: string | undefined,
    readonly suppressions: TfResource['suppressions'],
    place: TfPlace,
  ) {
    super(address, type, name, values, refs, place);
  }

  get configAddress(): string {
    return this.address;
  }
  get index(): undefined {
    return undefined;
  }
  get modulePath(): string {
    return '';
  }
  get moduleCall(): undefined {
    return undefined;
  }
  get moduleCalls(): undefined {
    return undefined;
  }
  /** The stack's JSON writes exactly the arguments it sets (a view made when asked, not held per resource). */
  get configured(): Configured {
    return new OwnKeys(this.values);
  }
}
