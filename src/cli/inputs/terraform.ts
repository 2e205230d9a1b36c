import type { Command } from 'commander';
import { iacCollector, loadCdktfOut, loadTerraformDirs, loadTerraformPlans } from '../../../providers/terraform/index.js';
import { boundHeapGrowthForMapping } from '../heap.js';
import { repeatable } from '../options.js';
import { printWarning } from '../terminal.js';
import type { InputSource, SelectedInput } from './types.js';

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const warn = printWarning;
/** A large input bounds the heap's growth tighter while it is mapped (src/cli/heap.ts). */
const load = { warn, parsed: boundHeapGrowthForMapping };

/** `--terraform-plan plan.json` (repeatable): `terraform show -json` output; `.tf` lines from --terraform-dir or the plan's directory. */
export const terraformPlanInput: InputSource = {
  name: 'terraform-plan',
  register(command: Command): void {
    command.option('--terraform-plan <file>', 'Terraform plan JSON from `terraform show -json PLANFILE` (repeatable)', repeatable);
  },
  async select(options): Promise<SelectedInput | undefined> {
    const files = list(options.terraformPlan);
    if (files.length === 0) return undefined;
    const resources = await loadTerraformPlans(files, list(options.terraformDir), load);
    return { collector: iacCollector('terraform-plan', resources), input: { kind: 'terraform-plan', scope: files } };
  },
};

/** `--terraform-dir DIR` (repeatable): Terraform HCL sources, with local modules. */
export const terraformDirInput: InputSource = {
  name: 'terraform-dir',
  register(command: Command): void {
    command.option('--terraform-dir <dir>', 'directory of Terraform .tf files (repeatable; local modules are followed)', repeatable);
  },
  async select(options): Promise<SelectedInput | undefined> {
    const dirs = list(options.terraformDir);
    if (dirs.length === 0) return undefined;
    const resources = await loadTerraformDirs(dirs, load);
    return { collector: iacCollector('terraform-dir', resources), input: { kind: 'terraform-dir', scope: dirs } };
  },
};

/** `--cdktf-out cdktf.out` (repeatable): each stack's cdk.tf.json with construct paths. */
export const cdktfInput: InputSource = {
  name: 'cdktf-out',
  register(command: Command): void {
    command.option('--cdktf-out <dir>', 'CDKTF synth output directory (cdktf.out) or one cdk.tf.json (repeatable)', repeatable);
  },
  async select(options): Promise<SelectedInput | undefined> {
    const paths = list(options.cdktfOut);
    if (paths.length === 0) return undefined;
    const resources = await loadCdktfOut(paths, load);
    return { collector: iacCollector('cdktf-out', resources), input: { kind: 'cdktf-out', scope: paths } };
  },
};
