import { defineCheck } from '../../../src/engine/check-api.js';
import { analyzeGcp, GCP_REACHABILITY_TARGETS, GCP_REACHABILITY_TYPES } from '../../../src/model/reachability/gcp.js';
import { segmentationMeta, segmentationVerdict } from '../../_reachability.js';

export default defineCheck({
  meta: segmentationMeta({
    id: 'gcp-compute-ephi-segmented',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: [...GCP_REACHABILITY_TARGETS],
    what: 'VPC firewall rules (priorities, allow and deny, target tags and service accounts, source ranges, tags and service accounts, the implied rules), VPC network peering and Cloud SQL authorized networks; hierarchical and network firewall policies are not read',
    remediation: {
      summary: 'Replace broad ingress rules to the ePHI instances (all protocols from the subnet ranges, the default network\'s default-allow-internal) with rules for the service ports from the application tier\'s service account, and keep Cloud SQL off public IP or limited to named networks.',
      console: 'VPC network > Firewall: delete or narrow default-allow-internal; Create firewall rule: Targets = service account of the ePHI tier, Source filter = service account of the app tier, tcp:5432. SQL > instance > Connections: clear Public IP.',
      cli: 'gcloud compute firewall-rules delete default-allow-internal && gcloud compute firewall-rules create ehr-from-app --network=NET --direction=INGRESS --action=ALLOW --rules=tcp:5432 --target-service-accounts=ehr@PROJECT.iam.gserviceaccount.com --source-service-accounts=app@PROJECT.iam.gserviceaccount.com',
      terraform: 'resource "google_compute_firewall" "ehr_from_app" {\n  network                 = google_compute_network.vpc.id\n  direction               = "INGRESS"\n  target_service_accounts = [google_service_account.ehr.email]\n  source_service_accounts = [google_service_account.app.email]\n  allow {\n    protocol = "tcp"\n    ports    = ["5432"]\n  }\n}',
    },
    references: [
      'https://cloud.google.com/firewall/docs/firewalls',
      'https://cloud.google.com/vpc/docs/vpc-peering',
      'https://cloud.google.com/sql/docs/postgres/authorize-networks',
    ],
  }),
  lookups: { types: [...GCP_REACHABILITY_TYPES] },
  evaluate: (resource, ctx) => segmentationVerdict(resource, ctx, GCP_REACHABILITY_TYPES, () => analyzeGcp(resource, ctx.inventory, ctx.isEphi)),
});
