import type { SelectedInput } from './inputs/types.js';
import { startAwsDemo } from '../simulator/aws/demo.js';
import { startGcpDemo } from '../simulator/gcp/demo.js';
import { startAzureDemo } from '../simulator/azure/demo.js';

export interface DemoSource extends SelectedInput {
  close(): Promise<void>;
}

/** The demo's sources, in order. */
export const DEMO_SOURCES: readonly (() => Promise<DemoSource>)[] = [startAwsDemo, startGcpDemo, startAzureDemo];
