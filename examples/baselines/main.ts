/**
 * Synthesizes the three phiscan baselines into ./cdktf.out (one stack each), ready for
 * `terraform`/`tofu` (`cd cdktf.out/stacks/aws-baseline && terraform init && terraform plan`) and
 * for phiscan itself: `phiscan scan --cdktf-out cdktf.out`.
 *
 *   npx tsx examples/baselines/main.ts            # all three
 *   npx tsx examples/baselines/main.ts aws gcp    # only these
 *
 * Replace the placeholder ids below with your own (or set the environment variables).
 * In your project, import from 'phiscan/baselines/aws' (or '/azure', '/gcp') instead of the source path.
 */
import { App } from 'cdktf';
import { AwsBaselineStack } from '../../src/baselines/aws.js';
import { AzureBaselineStack } from '../../src/baselines/azure.js';
import { GcpBaselineStack } from '../../src/baselines/gcp.js';

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const wanted = new Set(process.argv.slice(2));
const want = (p: string) => wanted.size === 0 || wanted.has(p);

const app = new App({ outdir: env('CDKTF_OUTDIR', 'cdktf.out') });

if (want('aws')) {
  new AwsBaselineStack(app, 'aws-baseline', {
    accountId: env('AWS_ACCOUNT_ID', '111122223333'),
    region: env('AWS_REGION', 'us-east-1'),
    namePrefix: env('NAME_PREFIX', 'acme-prod'),
    // A vault in another account or region (create it first, e.g. in your backup account).
    backupCopyVaultArn: env('AWS_BACKUP_COPY_VAULT_ARN', 'arn:aws:backup:us-west-2:444455556666:backup-vault:ephi-copies'),
    defaultTags: { owner: 'platform', 'managed-by': 'cdktf' },
  });
}

if (want('azure')) {
  new AzureBaselineStack(app, 'azure-baseline', {
    subscriptionId: env('ARM_SUBSCRIPTION_ID', '00000000-0000-0000-0000-000000000001'),
    tenantId: env('ARM_TENANT_ID', '00000000-0000-0000-0000-0000000000aa'),
    location: env('AZURE_LOCATION', 'eastus2'),
    namePrefix: env('AZURE_NAME_PREFIX', 'acmeprod'),
    // Geo-redundant PostgreSQL backups and their key vault go to the region pair (default: Azure's pair of the location).
    ...(process.env.AZURE_PAIRED_LOCATION ? { pairedLocation: process.env.AZURE_PAIRED_LOCATION } : {}),
    tags: { owner: 'platform' },
  });
}

if (want('gcp')) {
  new GcpBaselineStack(app, 'gcp-baseline', {
    project: env('GOOGLE_PROJECT', 'acme-ephi-prod'),
    projectNumber: env('GOOGLE_PROJECT_NUMBER', '123456789012'),
    region: env('GOOGLE_REGION', 'us-central1'),
    bucketName: env('GCS_BUCKET', 'acme-ephi-prod-records'),
    labels: { owner: 'platform' },
  });
}

app.synth();
process.stderr.write(`synthesized ${[...['aws', 'azure', 'gcp'].filter(want)].join(', ')} into ${env('CDKTF_OUTDIR', 'cdktf.out')}\n`);
