import { gcpInput } from './gcp.js';
import { cdktfInput, terraformDirInput, terraformPlanInput } from './terraform.js';
import type { InputSource } from './types.js';

/** Every `phiscan scan` input, in the order their collectors run: an explicit list. */
export const INPUTS: readonly InputSource[] = [
  gcpInput,
  terraformPlanInput,
  terraformDirInput,
  cdktfInput,
];
