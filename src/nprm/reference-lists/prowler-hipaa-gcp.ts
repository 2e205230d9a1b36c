/**
 * Prowler "HIPAA compliance framework for GCP": every requirement and its Prowler checks.
 * Source: prowler-cloud/prowler, prowler/compliance/gcp/hipaa_gcp.json, stored copy at commit
 * 179b09df735a51a4481a1f84fec555065341e237 (23 requirements; the file carries no version).
 */
import { prowlerList } from './prowler.js';
import { covered, outOfScope, partial, uncovered, type Coverage } from './types.js';

const CMEK_FOR_EPHI = 'Google encrypts all of it at rest (checked everywhere); a customer-managed key is required only where it holds ePHI';
const ESSENTIAL_CONTACTS = uncovered('Essential Contacts are not collected');

const CHECKS: Readonly<Record<string, Coverage>> = {
  bigquery_dataset_cmek_encryption: partial(['gcp-bigquery-dataset-encrypted-at-rest', 'gcp-bigquery-dataset-cmek'], CMEK_FOR_EPHI),
  bigquery_dataset_public_access: covered(['gcp-bigquery-dataset-not-public']),
  cloudsql_instance_automatic_backups_enabled: covered(['gcp-sql-instance-automated-backups']),
  cloudsql_instance_encryption_enabled: partial(['gcp-sql-instance-encrypted-at-rest', 'gcp-sql-instance-cmek'], CMEK_FOR_EPHI),
  cloudsql_instance_point_in_time_recovery_enabled: covered(['gcp-sql-instance-point-in-time-recovery']),
  cloudsql_instance_public_access: covered(['gcp-sql-instance-no-open-authorized-networks', 'gcp-sql-instance-no-public-ip']),
  cloudsql_instance_ssl_required: covered(['gcp-sql-instance-ssl-required']),
  cloudstorage_bucket_encryption: partial(['gcp-storage-bucket-encrypted-at-rest', 'gcp-storage-bucket-cmek'], CMEK_FOR_EPHI),
  cloudstorage_bucket_object_versioning: partial(['gcp-storage-bucket-backup-protection'], 'buckets holding backups only'),
  cloudstorage_bucket_public_access: covered(['gcp-storage-bucket-not-public', 'gcp-storage-bucket-public-access-prevention']),
  cloudstorage_bucket_uniform_access: covered(['gcp-storage-bucket-uniform-access']),
  compute_disk_encryption_enabled: partial(['gcp-compute-disk-encrypted-at-rest', 'gcp-compute-disk-cmek'], CMEK_FOR_EPHI),
  compute_disk_snapshot_encryption_enabled: uncovered('disk snapshots are not collected (snapshot schedules are)'),
  compute_firewall_rdp_access_from_internet_restricted: covered(['gcp-compute-firewall-no-public-admin-ports']),
  compute_firewall_ssh_access_from_internet_restricted: covered(['gcp-compute-firewall-no-public-admin-ports']),
  compute_instance_public_ip: covered(['gcp-compute-instance-no-external-ip']),
  // gcp-compute-network-not-default would pass a legacy network: the mapper reads its absent autoCreateSubnetworks as false (custom mode).
  compute_network_legacy_network_not_used: uncovered('legacy (pre-VPC) networks are not told apart from custom-mode networks'),
  essentialcontacts_security_contacts_configured: ESSENTIAL_CONTACTS,
  gemini_api_disabled: outOfScope('which services a business associate agreement covers is a contract question, not configuration'),
  gke_cluster_master_authorized_networks_enabled: covered(['gcp-container-cluster-private-nodes']),
  gke_cluster_private_cluster_enabled: covered(['gcp-container-cluster-private-nodes']),
  gke_cluster_stackdriver_logging_enabled: uncovered('GKE logging configuration is not evaluated'),
  iam_account_access_approval_enabled: uncovered('Access Approval settings are not collected'),
  iam_cloud_asset_inventory_enabled: uncovered('enablement of the Cloud Asset API is not evaluated'),
  iam_no_service_roles_at_project_level: covered(['gcp-iam-no-service-account-user-at-project']),
  iam_organization_essential_contacts_configured: ESSENTIAL_CONTACTS,
  iam_role_kms_enforce_separation_of_duties: uncovered('separation of KMS administration from key use is not evaluated'),
  iam_role_sa_enforce_separation_of_duties: uncovered('separation of service account administration from use is not evaluated'),
  iam_sa_no_administrative_privileges: covered(['gcp-iam-service-account-no-admin-roles']),
  iam_sa_no_user_managed_keys: covered(['gcp-iam-no-user-managed-service-account-keys']),
  iam_sa_user_managed_key_unused: covered(['gcp-iam-no-user-managed-service-account-keys'], 'stricter: no user-managed keys at all'),
  kms_key_rotation_enabled: covered(['gcp-kms-key-rotation']),
  logging_log_metric_filter_and_alert_for_audit_configuration_changes_enabled: covered(['gcp-logging-alert-audit-config-changes']),
  logging_log_metric_filter_and_alert_for_bucket_permission_changes_enabled: covered(['gcp-logging-alert-storage-iam-changes']),
  logging_log_metric_filter_and_alert_for_custom_role_changes_enabled: covered(['gcp-logging-alert-custom-role-changes']),
  logging_log_metric_filter_and_alert_for_project_ownership_changes_enabled: covered(['gcp-logging-alert-project-ownership-changes']),
  logging_log_metric_filter_and_alert_for_sql_instance_configuration_changes_enabled: covered(['gcp-logging-alert-sql-config-changes']),
  logging_log_metric_filter_and_alert_for_vpc_firewall_rule_changes_enabled: covered(['gcp-logging-alert-firewall-changes']),
  logging_log_metric_filter_and_alert_for_vpc_network_changes_enabled: covered(['gcp-logging-alert-network-changes']),
  logging_log_metric_filter_and_alert_for_vpc_network_route_changes_enabled: covered(['gcp-logging-alert-route-changes']),
  logging_sink_created: covered(['gcp-logging-project-sink-all-logs']),
  securitycenter_security_health_analytics_enabled: covered(['gcp-resourcemanager-security-command-center']),
};

const METRIC_ALERTS = [
  'logging_log_metric_filter_and_alert_for_audit_configuration_changes_enabled',
  'logging_log_metric_filter_and_alert_for_project_ownership_changes_enabled',
  'logging_log_metric_filter_and_alert_for_custom_role_changes_enabled',
  'logging_log_metric_filter_and_alert_for_vpc_network_changes_enabled',
  'logging_log_metric_filter_and_alert_for_vpc_network_route_changes_enabled',
  'logging_log_metric_filter_and_alert_for_vpc_firewall_rule_changes_enabled',
  'logging_log_metric_filter_and_alert_for_bucket_permission_changes_enabled',
  'logging_log_metric_filter_and_alert_for_sql_instance_configuration_changes_enabled',
];

export const PROWLER_HIPAA_GCP = prowlerList(
  {
    key: 'prowler-hipaa-gcp',
    title: 'Prowler HIPAA framework (GCP)',
    cloud: 'gcp',
    source: { repo: 'prowler-cloud/prowler', path: 'prowler/compliance/gcp/hipaa_gcp.json', commit: '179b09df735a51a4481a1f84fec555065341e237' },
    scope: 'Every requirement of the framework; a requirement is judged by the Prowler checks listed under it.',
  },
  [
    { id: '164_308_a_1_ii_a', name: '164.308(a)(1)(ii)(A) Risk analysis', checks: ['iam_cloud_asset_inventory_enabled', 'securitycenter_security_health_analytics_enabled', 'essentialcontacts_security_contacts_configured'] },
    {
      id: '164_308_a_1_ii_b',
      name: '164.308(a)(1)(ii)(B) Risk Management',
      checks: ['cloudstorage_bucket_encryption', 'cloudstorage_bucket_public_access', 'cloudstorage_bucket_uniform_access', 'cloudsql_instance_automatic_backups_enabled', 'cloudsql_instance_encryption_enabled', 'cloudsql_instance_public_access', 'compute_instance_public_ip', 'compute_disk_encryption_enabled', 'compute_firewall_rdp_access_from_internet_restricted', 'compute_firewall_ssh_access_from_internet_restricted', 'compute_network_legacy_network_not_used', 'gke_cluster_master_authorized_networks_enabled', 'gke_cluster_private_cluster_enabled', 'iam_sa_no_administrative_privileges', 'iam_no_service_roles_at_project_level', 'bigquery_dataset_public_access', 'bigquery_dataset_cmek_encryption', 'kms_key_rotation_enabled', 'gemini_api_disabled'],
    },
    { id: '164_308_a_1_ii_d', name: '164.308(a)(1)(ii)(D) Information system activity review', checks: ['logging_sink_created', ...METRIC_ALERTS] },
    { id: '164_308_a_3_i', name: '164.308(a)(3)(i) Workforce security', checks: ['iam_sa_no_administrative_privileges', 'iam_no_service_roles_at_project_level', 'iam_role_kms_enforce_separation_of_duties', 'iam_role_sa_enforce_separation_of_duties', 'iam_sa_no_user_managed_keys', 'iam_sa_user_managed_key_unused'] },
    { id: '164_308_a_4_i', name: '164.308(a)(4)(i) Information access management', checks: ['iam_account_access_approval_enabled', 'iam_sa_no_administrative_privileges', 'iam_no_service_roles_at_project_level', 'iam_organization_essential_contacts_configured', 'cloudstorage_bucket_public_access', 'cloudsql_instance_public_access', 'bigquery_dataset_public_access'] },
    { id: '164_308_a_5_ii_c', name: '164.308(a)(5)(ii)(C) Log-in monitoring', checks: ['logging_sink_created', 'logging_log_metric_filter_and_alert_for_project_ownership_changes_enabled', 'logging_log_metric_filter_and_alert_for_custom_role_changes_enabled'] },
    { id: '164_308_a_6_ii', name: '164.308(a)(6)(ii) Response and reporting', checks: ['securitycenter_security_health_analytics_enabled', 'essentialcontacts_security_contacts_configured', 'logging_sink_created'] },
    { id: '164_308_a_7_i', name: '164.308(a)(7)(i) Contingency plan', checks: ['cloudsql_instance_automatic_backups_enabled', 'compute_disk_snapshot_encryption_enabled', 'gke_cluster_stackdriver_logging_enabled'] },
    { id: '164_308_a_7_ii_a', name: '164.308(a)(7)(ii)(A) Data backup plan', checks: ['cloudsql_instance_automatic_backups_enabled', 'cloudstorage_bucket_object_versioning', 'compute_disk_snapshot_encryption_enabled'] },
    { id: '164_308_a_7_ii_b', name: '164.308(a)(7)(ii)(B) Disaster recovery plan', checks: ['cloudsql_instance_automatic_backups_enabled', 'cloudsql_instance_point_in_time_recovery_enabled', 'cloudstorage_bucket_object_versioning'] },
    { id: '164_308_b_1', name: '164.308(b)(1) Business associate contracts and other arrangements', checks: ['gemini_api_disabled'] },
    { id: '164_308_b_2', name: '164.308(b)(2)', checks: ['gemini_api_disabled'] },
    { id: '164_310_a_1', name: '164.310(a)(1) Facility access controls', checks: ['compute_instance_public_ip', 'compute_firewall_rdp_access_from_internet_restricted', 'compute_firewall_ssh_access_from_internet_restricted', 'gke_cluster_private_cluster_enabled'] },
    { id: '164_310_d_1', name: '164.310(d)(1) Device and media controls', checks: ['compute_disk_encryption_enabled', 'compute_disk_snapshot_encryption_enabled', 'cloudstorage_bucket_encryption'] },
    {
      id: '164_312_a_1',
      name: '164.312(a)(1) Access control',
      checks: ['iam_sa_no_administrative_privileges', 'iam_no_service_roles_at_project_level', 'iam_account_access_approval_enabled', 'cloudstorage_bucket_public_access', 'cloudstorage_bucket_uniform_access', 'cloudsql_instance_public_access', 'bigquery_dataset_public_access', 'compute_instance_public_ip', 'gke_cluster_private_cluster_enabled'],
    },
    { id: '164_312_a_2_i', name: '164.312(a)(2)(i) Unique user identification', checks: ['iam_sa_no_user_managed_keys', 'iam_sa_user_managed_key_unused'] },
    { id: '164_312_a_2_iv', name: '164.312(a)(2)(iv) Encryption and decryption', checks: ['cloudstorage_bucket_encryption', 'cloudsql_instance_encryption_enabled', 'compute_disk_encryption_enabled', 'compute_disk_snapshot_encryption_enabled', 'bigquery_dataset_cmek_encryption', 'kms_key_rotation_enabled'] },
    { id: '164_312_b', name: '164.312(b) Audit controls', checks: ['logging_sink_created', ...METRIC_ALERTS, 'gke_cluster_stackdriver_logging_enabled'] },
    { id: '164_312_c_1', name: '164.312(c)(1) Integrity', checks: ['cloudstorage_bucket_object_versioning', 'cloudsql_instance_automatic_backups_enabled', 'cloudsql_instance_point_in_time_recovery_enabled', 'kms_key_rotation_enabled'] },
    { id: '164_312_d', name: '164.312(d) Person or entity authentication', checks: ['iam_account_access_approval_enabled', 'iam_sa_no_user_managed_keys'] },
    { id: '164_312_e_1', name: '164.312(e)(1) Transmission security', checks: ['cloudstorage_bucket_encryption', 'compute_firewall_rdp_access_from_internet_restricted', 'compute_firewall_ssh_access_from_internet_restricted', 'cloudsql_instance_ssl_required', 'gke_cluster_master_authorized_networks_enabled'] },
    { id: '164_312_e_2_i', name: '164.312(e)(2)(i) Integrity controls', checks: ['cloudstorage_bucket_object_versioning', 'cloudsql_instance_automatic_backups_enabled', 'logging_sink_created'] },
    { id: '164_312_e_2_ii', name: '164.312(e)(2)(ii) Encryption', checks: ['cloudstorage_bucket_encryption', 'cloudsql_instance_encryption_enabled', 'compute_disk_encryption_enabled', 'bigquery_dataset_cmek_encryption', 'kms_key_rotation_enabled', 'cloudsql_instance_ssl_required'] },
  ],
  CHECKS,
);
