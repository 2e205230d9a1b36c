import type { Command } from 'commander';
import type { AwsScope } from '../../../providers/aws/index.js';
import { UsageError } from '../exit-codes.js';
import type { InputSource, SelectedInput } from './types.js';
import { repeatable } from '../options.js';
import { noteAwsSdkNodeSupport } from '../aws-sdk-note.js';
import { lazyCollector } from './lazy-collector.js';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const PROFILE = /^[\w.@+-]{1,128}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
const list = (value: unknown): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(text) : [text(value)]);

/** The loopback endpoint override: for tests, benchmarks and the demo only, so anything but loopback is refused. */
export function parseAwsEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--aws-endpoint must be a URL such as http://127.0.0.1:4566, got "${value}"`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || !['http:', 'https:'].includes(url.protocol)) {
    throw new UsageError(`--aws-endpoint is for loopback simulators (127.0.0.1, localhost), got "${value}"`);
  }
  return url.origin;
}

/**
 * `phiscan scan --aws | --profile P | --region R... | --all-regions [--org --assume-role NAME [--external-id ID]] [--config-aggregator NAME]`:
 * live AWS accounts with the SDK's default credential chain.
 */
export const awsInput: InputSource = {
  name: 'aws',
  register(command: Command): void {
    command
      .option('--aws', 'scan the AWS account of the default credential chain (env, profile, SSO, instance/container role)')
      .option('--profile <name>', 'AWS shared-config profile to take credentials and the default region from')
      .option('--region <region>', 'AWS region to scan (repeatable; the first is the home region for global services)', repeatable)
      .option('--all-regions', 'scan every region enabled in each AWS account')
      .option('--org', 'scan every active account of the AWS Organization (run from the management or a delegated account); needs --assume-role')
      .option('--assume-role <name>', 'read-only IAM role to assume in each member account')
      .option('--external-id <id>', 'external id required by the member accounts\' role trust policy')
      .option('--config-aggregator <name>', 'read EC2 inventory through this AWS Config aggregator (in the home region)')
      .option('--aws-endpoint <url>', 'testing only: send every AWS call to this loopback simulator (also PHISCAN_AWS_ENDPOINT)');
  },
  select(options): SelectedInput | undefined {
    const regions = list(options.region).map((r) => r.trim());
    const bad = regions.find((r) => !REGION.test(r));
    if (bad !== undefined) throw new UsageError(`--region must be an AWS region such as us-east-1, got "${bad}"`);
    const profile = options.profile === undefined ? undefined : text(options.profile);
    if (profile !== undefined && !PROFILE.test(profile)) throw new UsageError(`--profile must be a profile name, got "${profile}"`);
    const assumeRole = options.assumeRole === undefined ? undefined : text(options.assumeRole);
    if (assumeRole !== undefined && !ROLE_NAME.test(assumeRole)) throw new UsageError(`--assume-role must be an IAM role name (not an ARN), got "${assumeRole}"`);
    const externalId = options.externalId === undefined ? undefined : text(options.externalId);
    if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) throw new UsageError('--external-id must be 2-1224 characters of letters, digits and +=,.@:/-');
    const aggregator = options.configAggregator === undefined ? undefined : text(options.configAggregator);
    const org = options.org === true;
    const allRegions = options.allRegions === true;
    const given = options.aws === true || profile !== undefined || regions.length > 0 || allRegions || org || assumeRole !== undefined || aggregator !== undefined;
    if (!given) return undefined;
    if (org && assumeRole === undefined) throw new UsageError('--org needs --assume-role NAME: the read-only role phiscan assumes in each member account');
    if (assumeRole !== undefined && !org) throw new UsageError('--assume-role is used with --org (member accounts); for one account use --profile');
    if (externalId !== undefined && assumeRole === undefined) throw new UsageError('--external-id is used with --org --assume-role');
    if (allRegions && regions.length > 0) throw new UsageError('give either --region or --all-regions, not both');
    noteAwsSdkNodeSupport();
    const rawEndpoint = options.awsEndpoint === undefined ? process.env.PHISCAN_AWS_ENDPOINT : text(options.awsEndpoint);
    const endpoint = rawEndpoint ? parseAwsEndpoint(rawEndpoint) : undefined;
    const scope: AwsScope = {
      ...(profile ? { profile } : {}), ...(regions.length ? { regions: [...new Set(regions)] } : {}), ...(allRegions ? { allRegions } : {}), ...(org ? { org } : {}),
      ...(assumeRole ? { assumeRole } : {}), ...(externalId ? { externalId } : {}), ...(aggregator ? { configAggregator: aggregator } : {}),
    };
    return {
      collector: lazyCollector('aws', async () => (await import('../../../providers/aws/index.js')).createAwsCollector(scope, endpoint ? { endpoint } : {})),
      input: { kind: 'aws', scope: [org ? 'organization' : `profile:${profile ?? 'default'}`, ...(allRegions ? ['all-regions'] : (scope.regions ?? []))] },
    };
  },
};
