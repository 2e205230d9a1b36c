import { describe, expect, it } from 'vitest';
import check from '../../../../checks/gcp/compute/ephi-segmented.js';
import type { Resource } from '../../../../src/model/resource.js';
import type { ComputeFirewallConfig } from '../../../../src/model/types/gcp/index.js';
import { checkCases, makeContext } from '../../../helpers/check-tester.js';
import { firewall, instance, NET, network, PHI, sqlInstance } from '../_fixtures.js';

/**
 * Hand-built VPC networks read as Google documents them: rules by priority (a deny wins at the
 * same priority), targets by tag or service account, sources by range, tag or service account,
 * the implied deny-ingress and allow-egress rules, stateful connections, peering while both
 * sides are ACTIVE.
 */
const C = '//compute.googleapis.com/projects/phi-prod';
const HUB = `${C}/global/networks/hub`;
const APP_SA = 'app@phi-prod.iam.gserviceaccount.com';
const EHR_SA = 'ehr@phi-prod.iam.gserviceaccount.com';
const vm = (name: string, ip: string, over: { tags?: Record<string, string>; networkTags?: string[]; accounts?: string[]; net?: string; external?: boolean } = {}) =>
  instance({
    networkInterfaces: [{ network: over.net ?? NET, subnetwork: null, externalIps: [], hasAccessConfig: over.external ?? false, networkIp: ip }],
    networkTags: over.networkTags ?? [], serviceAccounts: over.accounts ?? [],
  }, { id: `${C}/zones/us-central1-a/instances/${name}`, name, tags: over.tags ?? {} });
const rule = (name: string, c: Partial<ComputeFirewallConfig>) => firewall({ sourceRanges: [], ...c }, { id: `${C}/global/firewalls/${name}`, name });
const ehr = (over: Parameters<typeof vm>[2] = {}) => vm('ehr', '10.0.2.4', { tags: PHI, accounts: [EHR_SA], networkTags: ['ehr'], ...over });
const app = vm('app', '10.0.1.4', { accounts: [APP_SA], networkTags: ['app'] });
const defaultAllowInternal = rule('default-allow-internal', { sourceRanges: ['10.0.0.0/8'], allowed: [{ protocol: 'tcp', ports: [] }, { protocol: 'udp', ports: [] }, { protocol: 'icmp', ports: [] }], priority: 65534 });
const onlyPg = rule('ehr-from-app', { sourceServiceAccounts: [APP_SA], targetServiceAccounts: [EHR_SA], allowed: [{ protocol: 'tcp', ports: [[5432, 5432]] }] });
const world = (...rules: Resource[]) => [network(), app, ...rules];

checkCases(check, {
  pass: [
    { name: 'only 5432 from the app service account (the implied rule denies the rest)', resource: ehr(), inventory: world(onlyPg) },
    { name: 'allow-internal, but a deny for the app tag at a better priority', resource: ehr(), inventory: world(defaultAllowInternal, rule('deny-app', { sourceTags: ['app'], denied: [{ protocol: 'all', ports: [] }], allowed: [], priority: 900 })) },
    { name: 'a deny and an allow at the same priority: the deny wins', resource: ehr(), inventory: world(rule('allow-all', { sourceRanges: ['10.0.0.0/8'], allowed: [{ protocol: 'all', ports: [] }], priority: 500 }), rule('deny-all', { sourceRanges: ['10.0.0.0/8'], denied: [{ protocol: 'all', ports: [] }], allowed: [], priority: 500 })) },
    { name: 'a rule targeting another tag does not apply', resource: ehr(), inventory: world(rule('web-all', { sourceRanges: ['10.0.0.0/8'], targetTags: ['web'], allowed: [{ protocol: 'all', ports: [] }] })) },
    { name: 'the app egress is restricted to 5432', resource: ehr(), inventory: world(defaultAllowInternal, rule('app-egress-pg', { direction: 'EGRESS', targetTags: ['app'], destinationRanges: ['10.0.2.0/24'], allowed: [{ protocol: 'tcp', ports: [[5432, 5432]] }], priority: 100 }), rule('app-egress-deny', { direction: 'EGRESS', targetTags: ['app'], destinationRanges: ['0.0.0.0/0'], denied: [{ protocol: 'all', ports: [] }], allowed: [], priority: 200 })) },
    { name: 'a peer network, with the peering INACTIVE on one side', resource: ehr(), inventory: [network({ peeringStates: [{ network: HUB, state: 'ACTIVE' }] }), network({ peeringStates: [{ network: NET, state: 'INACTIVE' }] }, { id: HUB, name: 'hub' }), vm('tools', '10.9.0.4', { net: HUB }), defaultAllowInternal] },
    { name: 'a rule read only in part can at most allow its one port', resource: ehr(), inventory: world(rule('half', { direction: undefined, sourceRanges: undefined, allowed: [{ protocol: 'tcp', ports: [[22, 22]] }] })) },
    { name: 'Cloud SQL with public IP for one office range', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: ['198.51.100.0/24'] }, { tags: PHI }), inventory: [] },
  ],
  fail: [
    { name: 'default-allow-internal lets a non-ePHI VM in on every port', resource: ehr(), inventory: world(defaultAllowInternal), evidencePath: 'reachability.paths' },
    { name: 'an allow-all rule for the app service account', resource: ehr(), inventory: world(rule('app-all', { sourceServiceAccounts: [APP_SA], allowed: [{ protocol: 'all', ports: [] }] })), evidencePath: 'reachability.paths' },
    { name: 'a rule with no source at all means 0.0.0.0/0', resource: ehr(), inventory: world(rule('no-source', { allowed: [{ protocol: 'tcp', ports: [] }] })), evidencePath: 'reachability.paths' },
    { name: 'a peer network, both sides ACTIVE, allowed by range', resource: ehr(), inventory: [network({ peeringStates: [{ network: HUB, state: 'ACTIVE' }] }), network({ peeringStates: [{ network: NET, state: 'ACTIVE' }] }, { id: HUB, name: 'hub' }), vm('tools', '10.9.0.4', { net: HUB }), defaultAllowInternal], evidencePath: 'reachability.paths' },
    { name: 'Cloud SQL with public IP authorized for 0.0.0.0/0', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: ['0.0.0.0/0'] }, { tags: PHI }), inventory: [], evidencePath: 'reachability.paths' },
  ],
  notAssessed: [
    { name: 'tags unreadable: whether it holds ePHI is unknown', resource: { ...vm('plain', '10.0.2.9'), tags: undefined }, inventory: world(defaultAllowInternal), evidencePath: 'tags' },
    { name: 'a firewall rule could not be read', resource: ehr(), inventory: world(rule('broken', { direction: undefined, disabled: undefined, sourceRanges: undefined, allowed: [{ protocol: 'all', ports: [] }] })), evidencePath: 'reachability.unknown' },
    { name: 'the network tags of the app VM are not known, and a tag rule allows all', resource: ehr(), inventory: [network(), instance({ networkInterfaces: [{ network: NET, subnetwork: null, externalIps: [], hasAccessConfig: false, networkIp: '10.0.1.4' }], networkTags: undefined }, { id: `${C}/zones/us-central1-a/instances/app2`, name: 'app2' }), rule('tag-all', { sourceTags: ['batch'], allowed: [{ protocol: 'all', ports: [] }] })], evidencePath: 'reachability.unknown' },
    { name: 'a deny at a priority that could not be read may come before the allow', resource: ehr(), inventory: world(defaultAllowInternal, rule('deny-first', { sourceRanges: ['10.0.0.0/8'], denied: [{ protocol: 'all', ports: [] }], allowed: [], priority: undefined })), evidencePath: 'reachability.unknown' },
    { name: 'a rule whose allowed list could not be read', resource: ehr(), inventory: world(rule('half-read', { sourceRanges: ['10.0.0.0/8'], allowed: undefined })), evidencePath: 'reachability.unknown' },
    { name: 'a source service account named only by its Terraform resource', resource: ehr(), inventory: [network(), vm('app3', '10.0.1.5', { accounts: ['gcp:google_service_account.app'] }), rule('sa-all', { sourceServiceAccounts: [APP_SA], allowed: [{ protocol: 'all', ports: [] }] })], evidencePath: 'reachability.unknown' },
    { name: 'the peering state is not known', resource: ehr(), inventory: [network({ peeringStates: [{ network: HUB, state: 'ACTIVE' }] }), network({ peeringStates: [{ network: NET, state: undefined }] }, { id: HUB, name: 'hub' }), vm('tools', '10.9.0.4', { net: HUB }), defaultAllowInternal], evidencePath: 'reachability.unknown' },
    { name: 'Cloud SQL authorized networks not known', resource: sqlInstance({ ipv4Enabled: true, authorizedNetworks: undefined }, { tags: PHI }), inventory: [], evidencePath: 'reachability.unknown' },
    {
      name: 'firewall rules could not be listed in the project', resource: ehr(), inventory: world(onlyPg), evidencePath: 'reachability.unknown',
      gaps: [{ provider: 'gcp', service: 'cloudasset', operation: 'ListAssets', account: 'phi-prod', resourceTypes: ['gcp.compute.firewall'], reason: 'access-denied', message: 'denied' }],
    },
  ],
  notApplicable: [{ name: 'not tagged as ePHI', resource: vm('plain', '10.0.2.9'), inventory: world(defaultAllowInternal) }],
});

describe('gcp-compute-ephi-segmented evidence', () => {
  it('names the rule that opened every port, and the implied egress rule', () => {
    const target = ehr();
    const v = check.evaluate(target, makeContext({}, [target, ...world(defaultAllowInternal)]));
    expect(v.status).toBe('fail');
    if (v.status === 'not_applicable') return;
    const paths = v.evidence.find((e) => e.path === 'reachability.paths')?.observed as { class: string; source: { name: string }; hops: { role: string; rules: string[] }[] }[];
    expect(paths[0]).toMatchObject({ class: 'non-ephi-all-ports', source: { name: 'app' } });
    expect(v.evidence.find((e) => e.path === 'reachability.notModelled')?.observed).toEqual(expect.arrayContaining([expect.stringMatching(/^hierarchical and network firewall policies/), expect.stringMatching(/^VPC Service Controls/)]));
    expect(paths[0]?.hops.map((h) => [h.role, h.rules])).toEqual([
      ['egress', ['implied allow egress (priority 65535)']],
      ['route', ['subnet routes of the same VPC network']],
      ['ingress', ['default-allow-internal ingress priority 65534 allow icmp; tcp all ports; udp all ports']],
    ]);
  });
});
