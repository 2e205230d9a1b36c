/** The subset of SARIF 2.1.0 that phiscan writes (OASIS SARIF v2.1.0, errata 01). */

export interface Message {
  readonly text: string;
  readonly markdown?: string;
}

export type Level = 'error' | 'warning' | 'note' | 'none';
export type Kind = 'fail' | 'open' | 'review' | 'pass' | 'notApplicable' | 'informational';
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

export interface ReportingDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: Message;
  readonly fullDescription: Message;
  readonly help: Message;
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: Level; readonly enabled?: boolean };
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

export interface LogicalLocation {
  readonly name: string;
  readonly fullyQualifiedName: string;
  readonly kind: string;
}

export interface Location {
  /** Set on related locations (SARIF §3.28.2), referenced from messages as `[text](id)`. */
  readonly id?: number;
  readonly message?: Message;
  readonly physicalLocation: {
    readonly artifactLocation: ArtifactLocation;
    readonly region?: { readonly startLine: number; readonly endLine?: number; readonly snippet?: Message };
  };
  readonly logicalLocations: readonly LogicalLocation[];
}

export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly status: 'accepted';
  readonly justification: string;
  readonly properties?: Readonly<Record<string, string>>;
}

export interface Result {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly kind: Kind;
  readonly level: Level;
  readonly message: Message;
  readonly locations: readonly Location[];
  /** IaC resources inside a module: the module call site. */
  readonly relatedLocations?: readonly Location[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly baselineState?: BaselineState;
  readonly suppressions?: readonly Suppression[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface Notification {
  readonly descriptor: { readonly id: string; readonly index: number };
  readonly level: Level;
  readonly message: Message;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** `Results`: an array as read back; a list built as it is written (ResultList) when rendered. */
export interface Run<Results extends Iterable<Result> = readonly Result[]> {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly semanticVersion: string;
      readonly informationUri?: string;
      readonly rules: readonly ReportingDescriptor[];
      readonly notifications: readonly ReportingDescriptor[];
    };
  };
  readonly automationDetails: { readonly id: string; readonly description: Message };
  readonly invocations: readonly {
    readonly executionSuccessful: boolean;
    readonly startTimeUtc: string;
    readonly endTimeUtc: string;
    readonly toolExecutionNotifications: readonly Notification[];
    readonly properties: Readonly<Record<string, unknown>>;
  }[];
  readonly originalUriBaseIds?: Readonly<Record<string, { readonly description: Message }>>;
  readonly results: Results;
  readonly columnKind: 'utf16CodeUnits';
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Results as written: an array, or a list built as it is read (src/reports/output.ts prettyJsonParts writes either). */
export interface ResultList extends Iterable<Result> {
  readonly length: number;
}

export interface SarifLog<Results extends Iterable<Result> = readonly Result[]> {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly Run<Results>[];
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
