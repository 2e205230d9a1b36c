import type { Command } from 'commander';
import type { Collector } from '../../../providers/types.js';
import type { RunInput } from '../../model/report.js';

export interface SelectedInput {
  readonly collector: Collector;
  readonly input: RunInput;
}

/**
 * One way to feed `phiscan scan`: a cloud provider or an IaC format. It adds its own flags
 * to the scan command and, when they were given, builds a collector for them.
 */
export interface InputSource {
  readonly name: string;
  /** Add this input's flags (e.g. `--aws-profile`, `--terraform-plan`) to the scan command. */
  register(command: Command): void;
  /** A collector when this input's flags were given, undefined otherwise. Throws UsageError on bad flags. */
  select(options: Readonly<Record<string, unknown>>): Promise<SelectedInput | undefined> | SelectedInput | undefined;
}
