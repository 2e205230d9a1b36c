import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

const DAY = 86_400;

export default defineCheck({
  meta: {
    id: 'gcp-secretmanager-secret-rotation',
    title: 'Secret Manager secret has a rotation schedule (90 days at most)',
    severity: 'medium',
    provider: 'gcp',
    service: 'secretmanager',
    resourceTypes: ['gcp.secretmanager.secret'],
    requirements: ['authentication', 'access-control-least-privilege'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(5)(ii)(D)', '45 CFR 164.312(d)'],
    rationale: 'Secrets are the credentials of databases and services that hold ePHI; one that never changes keeps working for whoever copied it, including former workforce members and leaked configuration. A Secret Manager rotation schedule (rotation period and next rotation time) bounds that exposure. Secret Manager does not change the value itself: it publishes a rotation message to the secret\'s Pub/Sub topics for a rotation function to act on, so the schedule is evidence of a rotation process, not of the value having changed. Fails when there is no recurring schedule or its period exceeds the configured maximum (maxDays); a live schedule whose period the API does not return (it documents the period as input-only) is not assessed. Only secret metadata is read, never a payload.',
    remediation: {
      summary: 'Give the secret a rotation period and next rotation time, and a Pub/Sub topic whose subscriber (a Cloud Run function) rotates the credential and adds a new version.',
      console: 'Security > Secret Manager > secret > Edit secret > Rotation: Set rotation period; Notifications: choose the topic.',
      cli: 'gcloud secrets update SECRET --rotation-period=90d --next-rotation-time=$(date -u -d "+1 day" +%Y-%m-%dT%H:%M:%SZ) --add-topics=projects/PROJECT/topics/TOPIC',
      terraform: 'resource "google_secret_manager_secret" "x" {\n  topics { name = google_pubsub_topic.rotate.id }\n  rotation {\n    rotation_period    = "7776000s" # 90 days\n    next_rotation_time = "2027-01-01T00:00:00Z"\n  }\n}',
    },
    references: ['https://cloud.google.com/secret-manager/docs/secret-rotation', 'https://cloud.google.com/secret-manager/docs/reference/rest/v1/projects.secrets#Rotation'],
    defaultOptions: { maxDays: 90 },
  },
  evaluate(secret, ctx) {
    const { rotationPeriodSeconds, nextRotationTime } = secret.config;
    const path = 'config.rotationPeriodSeconds';
    if (rotationPeriodSeconds === undefined) {
      return notAssessed(nextRotationTime ? `a rotation is scheduled for ${nextRotationTime} but its period could not be read` : 'the rotation schedule could not be read', [path, rotationPeriodSeconds], ['config.nextRotationTime', nextRotationTime]);
    }
    if (rotationPeriodSeconds === null) {
      return fail(nextRotationTime ? 'one rotation is scheduled but no rotation period: it does not recur' : 'no rotation schedule', [path, rotationPeriodSeconds], ['config.nextRotationTime', nextRotationTime]);
    }
    const maxDays = Number(ctx.options.maxDays);
    const days = rotationPeriodSeconds / DAY;
    if (days > maxDays) return fail(`rotation is scheduled every ${days} days, over the maximum of ${maxDays}`, [path, rotationPeriodSeconds]);
    return pass(`rotation is scheduled every ${days} days (maximum ${maxDays})`, [path, rotationPeriodSeconds], ['config.nextRotationTime', nextRotationTime], ['config.topics', secret.config.topics]);
  },
});
