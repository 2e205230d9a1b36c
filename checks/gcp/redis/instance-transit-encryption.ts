import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-redis-instance-transit-encryption',
    title: 'Memorystore for Redis instance requires TLS (in-transit encryption)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'redis',
    resourceTypes: ['gcp.redis.instance'],
    requirements: ['encryption-in-transit'],
    currentRule: ['45 CFR 164.312(e)(1)', '45 CFR 164.312(e)(2)(ii)'],
    rationale: 'Without in-transit encryption, clients exchange cached data (often session state and query results holding ePHI) with the instance in clear text across the VPC. transitEncryptionMode SERVER_AUTHENTICATION makes the instance accept TLS connections only; an unset mode means TLS is disabled. The mode is fixed at creation: an instance without it must be re-created.',
    remediation: {
      summary: 'Create the instance with in-transit encryption (SERVER_AUTHENTICATION), move clients to TLS with the server CA, then retire the old instance.',
      console: 'Memorystore > Redis > Create instance > Security > Enable in-transit encryption.',
      cli: 'gcloud redis instances create INSTANCE --region=REGION --transit-encryption-mode=server-authentication',
      terraform: 'resource "google_redis_instance" "x" {\n  transit_encryption_mode = "SERVER_AUTHENTICATION"\n}',
    },
    references: ['https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption', 'https://cloud.google.com/memorystore/docs/redis/reference/rest/v1/projects.locations.instances#TransitEncryptionMode'],
  },
  evaluate(redis) {
    const mode = redis.config.transitEncryptionMode;
    const path = 'config.transitEncryptionMode';
    if (mode === undefined) return notAssessed('the in-transit encryption mode could not be read', [path, mode]);
    if (mode === 'SERVER_AUTHENTICATION') return pass('clients must connect over TLS (SERVER_AUTHENTICATION)', [path, mode]);
    return fail(`in-transit encryption is off (${mode}): clients connect in clear text`, [path, mode]);
  },
});
