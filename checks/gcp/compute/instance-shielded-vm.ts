import { defineCheck, fail, notAssessed, pass } from '../../../src/engine/check-api.js';

export default defineCheck({
  meta: {
    id: 'gcp-compute-instance-shielded-vm',
    title: 'Compute Engine VM runs as a Shielded VM (Secure Boot, vTPM, integrity monitoring)',
    severity: 'medium',
    ephiSeverity: 'high',
    provider: 'gcp',
    service: 'compute',
    resourceTypes: ['gcp.compute.instance'],
    requirements: ['secure-configuration', 'configuration-management'],
    currentRule: [],
    currentRuleSupport: ['45 CFR 164.308(a)(1)(ii)(B)'],
    rationale: 'The NPRM would require operating systems configured and secured according to the risk analysis (proposed 164.312(c)(2)(iii)). Shielded VM\'s Secure Boot refuses unsigned boot components, the vTPM measures the boot, and integrity monitoring reports a boot that differs from the baseline: together they stop and expose bootkits and rootkits below the operating system. Matches CIS GCP Foundations 4.8 and Prowler\'s compute_instance_shielded_vm_enabled.',
    remediation: {
      summary: 'Stop the VM, turn on Secure Boot, vTPM and integrity monitoring, and start it (or enforce constraints/compute.requireShieldedVm).',
      console: 'Compute Engine > VM instances > VM > Stop > Edit > Security and access > Shielded VM: all three on > Save > Start.',
      cli: 'gcloud compute instances stop VM --zone=ZONE && gcloud compute instances update VM --zone=ZONE --shielded-secure-boot --shielded-vtpm --shielded-integrity-monitoring && gcloud compute instances start VM --zone=ZONE',
      terraform: 'resource "google_compute_instance" "x" {\n  shielded_instance_config {\n    enable_secure_boot          = true\n    enable_vtpm                 = true\n    enable_integrity_monitoring = true\n  }\n}',
    },
    references: ['https://cloud.google.com/compute/shielded-vm/docs/shielded-vm', 'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm'],
  },
  evaluate(vm) {
    const { shieldedSecureBoot: secureBoot, shieldedVtpm: vtpm, shieldedIntegrityMonitoring: integrityMonitoring } = vm.config;
    const ev = ['config.shieldedInstanceConfig', { secureBoot, vtpm, integrityMonitoring }] as const;
    if (secureBoot === null && vtpm === null && integrityMonitoring === null) return fail('the VM has no Shielded VM configuration (its image does not support Shielded VM)', ev);
    const off = Object.entries({ secureBoot, vtpm, integrityMonitoring }).filter(([, v]) => v === false || v === null).map(([k]) => k);
    if (off.length > 0) return fail(`${off.join(', ')} off`, ev);
    if ([secureBoot, vtpm, integrityMonitoring].some((v) => v === undefined)) return notAssessed('the Shielded VM options could not be read', ev);
    return pass('Secure Boot, vTPM and integrity monitoring are on', ev);
  },
});
