/** What `phiscan init` writes: every key phiscan.yaml accepts, commented, valid as written. */
export const STARTER_CONFIG = `# phiscan configuration (schema: schemas/config.schema.json).
# phiscan reads ./phiscan.yaml when no --config is given; command-line flags override it.
# yaml-language-server: $schema=./node_modules/phiscan/schemas/config.schema.json
version: 1

# What to scan, per provider. A provider's command-line flags replace its scope here.
# Nothing is scanned until you say what: uncomment a scope (or pass input flags such as
# --project, --subscription, --terraform-plan). \`phiscan demo\` scans the bundled demo world.
# scope:
  # gcp:
  #   projects: [my-phi-project]     # or: folder: "123456789012" / organization: "123456789012"
  # aws:
  #   accounts: ["111122223333"]
  #   roleName: PhiscanReadOnly    # assumed in each account; credentials come from the default chain
  #   regions: [us-east-1, us-west-2]
  # azure:
  #   subscriptions: ["00000000-0000-0000-0000-000000000000"]
  #   regions: [eastus]

# Checks: all by default. Narrow by id or NPRM requirement (see \`phiscan checks\`, \`phiscan requirements\`).
# checks: [gcp-storage-bucket-not-public]
# skipChecks: [gcp-compute-network-not-default]
# requirements: [encryption-at-rest, audit-logging]

# Report a check at another severity than its own (ePHI or not).
# severityOverrides:
#   gcp-compute-network-not-default: low

# Tags (labels) that mark a resource as holding ePHI; raises the severity of checks that care.
ephiTags:
  - key: phi
    values: ["true", "yes"]
  - key: data-classification
    values: [ephi, phi]

# Outputs.
formats: [json]                    # add sarif, html, ... as your build provides them
output: phiscan-out
failOn: high                       # exit 1 when an unsuppressed failing finding is at least this severe
strict: false                      # true: exit 3 when coverage is incomplete

# Scheduled runs.
timeout: 30m                       # unread work units become coverage gaps; the run exits 3
# suppressions: phiscan-suppressions.yaml   # the default when the file exists
# baseline: previous/phiscan.json           # mark findings new / unchanged / updated
`;
