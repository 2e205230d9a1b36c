import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph, renderDot, renderMermaid, renderSvg, type MapNode, type NetworkGraph } from '../../reports/network-map/index.js';
import { condenseGraph, networkRole } from '../../reports/network-map/graph.js';
import { dotString } from '../../reports/network-map/dot.js';
import { mermaidText } from '../../reports/network-map/mermaid.js';
import { layoutGraph } from '../../reports/network-map/layout.js';
import { fit } from '../../reports/network-map/svg.js';
import { escapeXml } from '../../reports/markup.js';
import type { ResourceType } from '../../src/model/resource.js';
import { resourceTypeDescriptor } from '../../src/model/types/index.js';
import type { NetworkPlacement } from '../../src/model/types/registry.js';
import type { InventoryEntry } from '../../src/model/report.js';

const live = { kind: 'live', api: 'test' } as const;
const ACCT = '111122223333';
function entry(e: Partial<InventoryEntry> & Pick<InventoryEntry, 'id' | 'type' | 'name'>): InventoryEntry {
  return { provider: 'aws', account: ACCT, region: 'us-east-1', tags: {}, ephi: false, owner: null, source: live, ...e };
}
const arn = (kind: string, id: string) => `arn:aws:ec2:us-east-1:${ACCT}:${kind}/${id}`;
const HOSTILE = '"]; evil -> x [label="<img src=x onerror=alert(1)>\\ \n</script>';

const RESOURCES: InventoryEntry[] = [
  entry({ id: arn('vpc', 'vpc-a'), type: 'aws.ec2.vpc', name: 'prod-vpc' }),
  entry({ id: arn('vpc', 'vpc-b'), type: 'aws.ec2.vpc', name: 'shared-vpc' }),
  // Placement references are bare ids while the VPC's own id is an ARN: the model joins them.
  entry({ id: arn('subnet', 'subnet-1'), type: 'aws.ec2.subnet', name: 'app-subnet', network: { networkId: 'vpc-a', publicAddress: false } }),
  entry({ id: arn('security-group', 'sg-1'), type: 'aws.ec2.security-group', name: 'app-sg', network: { networkId: 'vpc-a' } }),
  entry({ id: arn('vpc-peering-connection', 'pcx-1'), type: 'aws.ec2.network-gateway', name: 'pcx-1', network: { networkId: 'vpc-a', peers: ['vpc-a', 'vpc-b'], subnetIds: [] } }),
  entry({ id: arn('instance', 'i-1'), type: 'aws.ec2.instance', name: HOSTILE, ephi: true, network: { networkId: 'vpc-a', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], publicAddress: true } }),
  entry({ id: `arn:aws:rds:us-east-1:${ACCT}:db:ehr`, type: 'aws.rds.instance', name: 'ehr', ephi: true, network: { networkId: 'vpc-a', subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: ['sg-missing'], publicAddress: false } }),
  entry({ id: 'arn:aws:s3:::phi-bucket', type: 'aws.s3.bucket', name: 'phi-bucket', ephi: true }),
  entry({ id: 'arn:aws:s3:::logs', type: 'aws.s3.bucket', name: 'logs' }),
  entry({ id: `arn:aws:iam::${ACCT}:user/alice`, type: 'aws.iam.user', name: 'alice', region: null }),
  entry({ id: arn('security-group', 'sg-orphan'), type: 'aws.ec2.security-group', name: 'orphan-sg', network: { networkId: 'vpc-gone' } }),
  entry({ provider: 'gcp', account: 'p1', region: 'global', id: '//compute.googleapis.com/projects/p1/global/networks/net-a', type: 'gcp.compute.network', name: 'net-a', network: { peers: ['//compute.googleapis.com/projects/p1/global/networks/net-b'] } }),
  entry({ provider: 'gcp', account: 'p1', region: 'global', id: '//compute.googleapis.com/projects/p1/global/networks/net-b', type: 'gcp.compute.network', name: 'net-b', network: { peers: ['//compute.googleapis.com/projects/p1/global/networks/net-a'] } }),
];

function byLabel(g: NetworkGraph, label: string): MapNode {
  const n = g.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node ${label}`);
  return n;
}
const parentLabel = (g: NetworkGraph, label: string) => {
  const p = byLabel(g, label).parent;
  return p ? g.nodes.find((n) => n.key === p)?.label : null;
};

/** Read the DOT double-quoted string that follows `label=` on a line, undoing DOT escapes. */
function dotLabelOf(line: string): string {
  const start = line.indexOf('label="');
  let out = '';
  for (let i = start + 7; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      const next = line[++i]!;
      out += next === 'n' ? '\n' : next;
    } else if (c === '"') return out;
    else out += c;
  }
  throw new Error(`unterminated DOT string in ${line}`);
}

describe('network map graph', () => {
  const g = buildNetworkGraph({ resources: RESOURCES });

  it('classifies types by role', () => {
    expect(['aws.ec2.vpc', 'gcp.compute.network', 'azure.network.virtual-network'].map(networkRole)).toEqual(['network', 'network', 'network']);
    expect(['aws.ec2.subnet', 'gcp.compute.subnetwork'].map(networkRole)).toEqual(['subnet', 'subnet']);
    expect(['aws.ec2.security-group', 'gcp.compute.firewall', 'aws.ec2.network-acl', 'azure.network.nsg'].map(networkRole)).toEqual(Array(4).fill('security-group'));
    expect(['aws.ec2.network-gateway', 'aws.ec2.nat-gateway'].map(networkRole)).toEqual(['gateway', 'gateway']);
    expect(networkRole('aws.rds.instance')).toBe('resource');
  });

  it('nests accounts, networks, subnets and workloads from placement (bare ids resolve to ARNs)', () => {
    expect(parentLabel(g, 'prod-vpc')).toBe(`AWS account ${ACCT}`);
    expect(parentLabel(g, 'app-subnet')).toBe('prod-vpc');
    expect(parentLabel(g, 'app-sg')).toBe('prod-vpc');
    expect(parentLabel(g, 'pcx-1')).toBe('prod-vpc');
    expect(parentLabel(g, HOSTILE)).toBe('app-subnet');
    expect(parentLabel(g, 'ehr')).toBe('app-subnet');
    // ePHI outside any network sits at account level; non-ePHI, unplaced resources are left out.
    expect(parentLabel(g, 'phi-bucket')).toBe(`AWS account ${ACCT}`);
    expect(g.nodes.some((n) => n.label === 'logs' || n.label === 'alice')).toBe(false);
    expect(parentLabel(g, 'net-a')).toBe('GCP project p1');
    expect(byLabel(g, 'ehr').ephi).toBe(true);
    expect(byLabel(g, HOSTILE).public).toBe(true);
  });

  it('keeps tree order: every node follows its parent', () => {
    const seen = new Set<string>();
    for (const n of g.nodes) {
      if (n.parent) expect(seen.has(n.parent)).toBe(true);
      seen.add(n.key);
    }
    expect(g.nodes.map((n) => n.key)).toEqual(g.nodes.map((_, i) => `n${i + 1}`));
  });

  it('adds placeholders for referenced ids missing from the inventory', () => {
    const vpcGone = byLabel(g, 'vpc-gone');
    expect(vpcGone).toMatchObject({ kind: 'network', placeholder: true });
    expect(parentLabel(g, 'orphan-sg')).toBe('vpc-gone');
    expect(byLabel(g, 'sg-missing')).toMatchObject({ kind: 'security-group', placeholder: true });
    expect(parentLabel(g, 'sg-missing')).toBe('prod-vpc');
    expect(byLabel(g, 'subnet-2')).toMatchObject({ kind: 'subnet', placeholder: true });
  });

  it('draws peering once per pair, attachments, security-group membership and internet exposure', () => {
    const k = (label: string) => byLabel(g, label).key;
    const edges = g.edges.map((e) => `${e.from}>${e.to}:${e.kind}`);
    expect(edges).toContain(`${k('pcx-1')}>${k('shared-vpc')}:attachment`);
    expect(edges).not.toContain(`${k('pcx-1')}>${k('prod-vpc')}:attachment`);
    expect(edges.filter((e) => e.endsWith(':peering'))).toEqual([`${k('net-a')}>${k('net-b')}:peering`]);
    expect(edges).toContain(`${k(HOSTILE)}>${k('app-sg')}:security-group`);
    expect(edges).toContain(`${k('ehr')}>${k('sg-missing')}:security-group`);
    expect(edges).toContain(`${k('ehr')}>${k('subnet-2')}:attachment`);
    expect(edges).toContain(`${k('Internet')}>${k(HOSTILE)}:internet`);
    expect(edges.filter((e) => e.endsWith(':internet'))).toHaveLength(1);
  });

  it('is deterministic: input order does not change any rendering', async () => {
    const shuffled = [...RESOURCES].reverse();
    const swapped = [...RESOURCES.slice(5), ...RESOURCES.slice(0, 5)];
    for (const other of [shuffled, swapped]) {
      const h = buildNetworkGraph({ resources: other });
      expect(h).toEqual(g);
      expect(renderDot(h)).toBe(renderDot(g));
      expect(renderMermaid(h)).toBe(renderMermaid(g));
      expect(await renderSvg(h)).toBe(await renderSvg(g));
    }
  });

  it('is empty for an inventory without networks or ePHI', async () => {
    const empty = buildNetworkGraph({ resources: [RESOURCES[8]!] });
    expect(empty).toEqual({ nodes: [], edges: [] });
    expect(await renderSvg(empty)).toContain('No networks or ePHI resources');
  });
});

describe('network map renderers escape labels', () => {
  const g = buildNetworkGraph({ resources: RESOURCES });
  const hostile = byLabel(g, HOSTILE);

  it('DOT: a label round-trips through DOT string syntax and cannot close its string', () => {
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    const dot = renderDot(g);
    const line = dot.split('\n').find((l) => l.trimStart().startsWith(`${hostile.key} [`))!;
    expect(dotLabelOf(line)).toBe([HOSTILE, hostile.detail, 'ePHI', 'public'].join('\n'));
    // After the label string the line carries only our own attributes.
    expect(line.slice(line.indexOf('label="') + 7 + dotString([HOSTILE, hostile.detail, 'ePHI', 'public'].join('\n')).length - 1)).toMatch(/^, shape=box, style=rounded, color="#c0392b", penwidth=2\];$/);
    // The only edge statements are the graph's own edges.
    expect(dot.split('\n').filter((l) => /^\s*n\d+ ->/.test(l))).toHaveLength(g.edges.length);
  });

  it('Mermaid: labels hold only whitelisted characters and entity codes', () => {
    expect(mermaidText('a"<b>#')).toBe('a#34;#60;b#62;#35;');
    const mmd = renderMermaid(g);
    const line = mmd.split('\n').find((l) => l.trimStart().startsWith(hostile.key))!;
    const label = /^\s*n\d+\["(.*)"\]$/.exec(line)?.[1];
    expect(label).toBeDefined();
    expect(label!.replace(/<br\/>/g, '')).toMatch(/^([A-Za-z0-9 ._:/@=+,()-]|#\d+;)*$/);
    const decoded = label!.split('<br/>').map((part) => part.replace(/#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))));
    expect(decoded[0]).toBe(HOSTILE);
  });

  it('SVG: text and attributes are XML-escaped; the map is not drawn beyond the node limit', async () => {
    const svg = await renderSvg(g);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('</script>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain(`data-rid="${hostile.resourceId ?? ''}"`);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(await renderSvg(g, { maxNodes: 3 })).toContain('Condensed to 3 of');
    expect(await renderSvg(g, { maxNodes: 1 })).toContain('too many to draw');
  });

  it('condenses a large map for drawing: unexposed non-ePHI workloads first, then below networks, then below accounts', () => {
    expect(condenseGraph(g, 1000)).toEqual({ graph: g, note: null });
    const level1 = condenseGraph(g, g.nodes.length - 1);
    expect(level1.graph.nodes.some((n) => n.kind === 'security-group' || (n.kind === 'resource' && !n.ephi && !n.public))).toBe(false);
    expect(level1.graph.nodes.map((n) => n.label)).toContain('ehr');
    expect(level1.graph.nodes.find((n) => n.label === 'prod-vpc')?.detail).toMatch(/\+2 not drawn$/);
    expect(level1.note).toMatch(/^Condensed to \d+ of \d+ nodes/);
    expect(level1.graph.edges.every((e) => level1.graph.nodes.some((n) => n.key === e.from) && level1.graph.nodes.some((n) => n.key === e.to))).toBe(true);
    const accounts = condenseGraph(g, 3).graph.nodes;
    expect(accounts.map((n) => n.kind).sort()).toEqual(['account', 'account', 'internet']);
    expect(accounts.find((n) => n.label === `AWS account ${ACCT}`)).toMatchObject({ detail: expect.stringMatching(/^\+\d+ not drawn \(3 ePHI\)$/) as unknown, ephi: true });
    expect(condenseGraph(g, 1).graph.nodes).toEqual([]);
  });
});

// Graphviz is optional (apt-get install graphviz): when present, the real parser reads our DOT.
const hasDot = spawnSync('dot', ['-V']).status === 0;
if (!hasDot) console.warn('[network-map] Graphviz `dot` not found: skipping the Graphviz parse test');

describe.skipIf(!hasDot)('Graphviz reads the DOT', () => {
  it('parses every label, hostile ones included, as the text it is', () => {
    const g = buildNetworkGraph({ resources: RESOURCES });
    const r = spawnSync('dot', ['-Tsvg'], { input: renderDot(g), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;\\ ');
    expect(r.stdout).not.toContain('<img');
    // Nothing injected: one drawn node per graph node (containers have a stand-in node), one edge per edge.
    expect(r.stdout.match(/class="node"/g)).toHaveLength(g.nodes.length);
    expect(r.stdout.match(/class="edge"/g)).toHaveLength(g.edges.length);
  });
});

describe('network map layout (ELK) and drawing', () => {
  const g = buildNetworkGraph({ resources: RESOURCES });

  it('nests every box inside its container, keeps siblings apart and routes every edge', async () => {
    const layout = await layoutGraph(g);
    expect(layout.engine).toBe('elk-layered');
    const at = new Map(layout.nodes.map((p) => [p.node.key, p]));
    for (const p of layout.nodes) {
      expect(p.w).toBeGreaterThan(0);
      const parent = p.node.parent ? at.get(p.node.parent) : undefined;
      if (parent) {
        expect(p.x).toBeGreaterThanOrEqual(parent.x);
        expect(p.y).toBeGreaterThanOrEqual(parent.y);
        expect(p.x + p.w).toBeLessThanOrEqual(parent.x + parent.w + 0.1);
        expect(p.y + p.h).toBeLessThanOrEqual(parent.y + parent.h + 0.1);
      }
    }
    const siblings = new Map<string | null, typeof layout.nodes[number][]>();
    for (const p of layout.nodes) siblings.set(p.node.parent, [...(siblings.get(p.node.parent) ?? []), p]);
    for (const list of siblings.values())
      for (const a of list) for (const b of list) if (a !== b) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `${a.node.label} overlaps ${b.node.label}`).toBe(true);
    expect(layout.edges).toHaveLength(g.edges.length);
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      // Orthogonal routing: every segment is horizontal or vertical.
      for (let i = 1; i < e.points.length; i++) expect(e.points[i]!.x === e.points[i - 1]!.x || e.points[i]!.y === e.points[i - 1]!.y).toBe(true);
    }
  });

  it('draws an edge from the Internet to every public entry point, each with its full text in a title', async () => {
    const svg = await renderSvg(g);
    const internet = g.edges.filter((e) => e.kind === 'internet');
    expect(internet.length).toBeGreaterThan(0);
    expect(svg.match(/<g class="nm-edge" data-kind="internet">/g)).toHaveLength(internet.length);
    expect(svg).toContain(`<title>Internet → ${escapeXml(HOSTILE)}: reachable from the internet</title>`);
    expect(svg.match(/<g class="nm-edge"/g)).toHaveLength(g.edges.length);
  });

  it('cuts a label too long for its box with an ellipsis and keeps the full text in the title', async () => {
    const long = `ehr-${'x'.repeat(120)}-end`;
    const graph = buildNetworkGraph({ resources: [entry({ id: 'arn:aws:s3:::long', type: 'aws.s3.bucket', name: long, ephi: true })] });
    const svg = await renderSvg(graph);
    expect(svg).toContain(`<title>${long}\n`);
    const shown = /font-weight="600" fill="#1c2833">(ehr-x+…)<\/text>/.exec(svg)?.[1];
    expect(shown).toBeDefined();
    expect(shown!.length).toBeLessThan(long.length);
    expect(fit('short', 200, 12)).toBe('short');
  });

  it('above the layout bound uses rows without edges and says so', async () => {
    const svg = await renderSvg(g, { maxElkNodes: 3 });
    expect(svg).toContain('data-layout="rows"');
    expect(svg).toContain('Laid out in rows without edges above 3 drawn nodes');
    expect(svg).not.toContain('class="nm-edge"');
    expect(await renderSvg(g)).toContain('data-layout="elk-layered"');
  });
});

describe('public entry points come from the resources\' configuration', () => {
  const pub = (type: ResourceType, config: unknown) => (resourceTypeDescriptor(type)?.network as ((c: unknown) => NetworkPlacement) | undefined)?.(config).publicAddress;
  const rule = (ipv4: string[]) => ({ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ipv4, ipv6Ranges: [], sourceGroupIds: [], prefixListIds: [] });

  it('AWS: security groups open to 0.0.0.0/0, internet-facing listeners, CloudFront, public bucket policies and snapshots', () => {
    expect(pub('aws.ec2.security-group', { vpcId: 'vpc-1', ingress: [rule(['0.0.0.0/0'])] })).toBe(true);
    expect(pub('aws.ec2.security-group', { vpcId: 'vpc-1', ingress: [rule(['10.0.0.0/8'])] })).toBe(false);
    expect(pub('aws.ec2.security-group', { vpcId: 'vpc-1', ingress: undefined })).toBeUndefined();
    expect(pub('aws.elbv2.listener', { loadBalancerScheme: 'internet-facing' })).toBe(true);
    expect(pub('aws.elbv2.listener', { loadBalancerScheme: 'internal' })).toBe(false);
    expect(pub('aws.elbv2.listener', { loadBalancerScheme: undefined })).toBeUndefined();
    expect(pub('aws.cloudfront.distribution', {})).toBe(true);
    const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
    expect(pub('aws.s3.bucket', { policy: open, publicAccessBlock: null })).toBe(true);
    expect(pub('aws.s3.bucket', { policy: open, publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } })).toBe(false);
    expect(pub('aws.s3.bucket', { policy: { ...open, Statement: [{ ...open.Statement[0], Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }] }, publicAccessBlock: null })).toBe(false);
    expect(pub('aws.s3.bucket', { policy: undefined, publicAccessBlock: null })).toBeUndefined();
    expect(pub('aws.ec2.snapshot', { public: true })).toBe(true);
    expect(pub('aws.rds.snapshot', { public: false })).toBe(false);
  });

  it('GCP: firewall rules from 0.0.0.0/0, buckets and datasets granted to allUsers', () => {
    const fw = { network: 'n', direction: 'INGRESS', disabled: false, sourceRanges: ['0.0.0.0/0'], allowed: [{ protocol: 'tcp', ports: [[22, 22]] }] };
    expect(pub('gcp.compute.firewall', fw)).toBe(true);
    expect(pub('gcp.compute.firewall', { ...fw, disabled: true })).toBe(false);
    expect(pub('gcp.compute.firewall', { ...fw, direction: 'EGRESS' })).toBe(false);
    expect(pub('gcp.compute.firewall', { ...fw, sourceRanges: undefined })).toBeUndefined();
    const binding = (members: string[]) => [{ role: 'roles/storage.objectViewer', members, condition: null }];
    expect(pub('gcp.storage.bucket', { iamBindings: binding(['allUsers']), publicAccessPrevention: 'inherited' })).toBe(true);
    expect(pub('gcp.storage.bucket', { iamBindings: binding(['allUsers']), publicAccessPrevention: 'enforced' })).toBe(false);
    expect(pub('gcp.storage.bucket', { iamBindings: undefined, publicAccessPrevention: 'inherited' })).toBeUndefined();
    expect(pub('gcp.bigquery.dataset', { accessMembers: ['allAuthenticatedUsers'] })).toBe(true);
    expect(pub('gcp.bigquery.dataset', { accessMembers: ['group:a@example.org'] })).toBe(false);
  });

  it('Azure: NSGs with an inbound Allow from the internet', () => {
    const r = (access: string, direction: string, src: string) => ({ name: 'r', direction, access, protocol: 'Tcp', priority: 100, sourceAddressPrefixes: [src], sourceApplicationSecurityGroupIds: [], destinationPortRanges: ['443'] });
    const nsg = (rules: unknown[] | undefined) => ({ securityRules: rules, subnetIds: [], networkInterfaceIds: [] });
    expect(pub('azure.network.security-group', nsg([r('Allow', 'Inbound', 'Internet')]))).toBe(true);
    expect(pub('azure.network.security-group', nsg([r('Deny', 'Inbound', '*'), r('Allow', 'Outbound', '*'), r('Allow', 'Inbound', 'VirtualNetwork')]))).toBe(false);
    expect(pub('azure.network.security-group', nsg(undefined))).toBeUndefined();
  });
});

describe('network map: failing segmentation paths', () => {
  const vm = (id: string, name: string, ephi: boolean) => entry({ id: arn('instance', id), type: 'aws.ec2.instance', name, ephi, network: { networkId: 'vpc-a', subnetIds: ['subnet-1'], securityGroupIds: [], publicAddress: false } });
  const resources = [RESOURCES[0]!, RESOURCES[2]!, vm('i-ehr', 'ehr', true), vm('i-rep', 'reports', false), RESOURCES[6]!];
  const hops = [{ kind: 'security-group', id: 'sg-1', role: 'ingress', rules: ['sg-1 ingress all traffic from 10.0.0.0/16'] }];
  const finding = (id: string, name: string, status: 'fail' | 'pass', paths: unknown[]) => ({
    checkId: 'aws-ec2-ephi-network-segmented', status, severity: 'critical', requirements: [], ephi: true, message: '', remediation: '', fingerprint: id,
    resource: { id, type: 'aws.ec2.instance', provider: 'aws', name, account: ACCT, region: 'us-east-1' },
    evidence: [{ path: 'reachability.paths', observed: paths }],
  }) as never;
  const findings = [
    finding(arn('instance', 'i-ehr'), 'ehr', 'fail', [{ class: 'non-ephi-all-ports', source: { kind: 'workload', id: arn('instance', 'i-rep'), name: HOSTILE }, traffic: 'all traffic', hops }]),
    finding(`arn:aws:rds:us-east-1:${ACCT}:db:ehr`, 'ehr-db', 'fail', [{ class: 'internet-to-ephi', source: { kind: 'internet', id: null, name: 'the internet' }, traffic: 'tcp 5432', hops }]),
    // Not failing, or a source outside the map: no edge.
    finding(arn('instance', 'i-rep'), 'reports', 'pass', [{ class: 'non-ephi-all-ports', source: { kind: 'workload', id: arn('instance', 'i-ehr'), name: 'ehr' }, traffic: 'all traffic', hops }]),
    finding(arn('instance', 'i-ehr'), 'ehr', 'fail', [{ class: 'non-ephi-all-ports', source: { kind: 'workload', id: 'i-unknown', name: 'gone' }, traffic: 'all traffic', hops }, { source: 'garbage' }]),
  ];
  const g = buildNetworkGraph({ resources, findings });
  const reach = g.edges.filter((e) => e.kind === 'reach');

  it('draws one edge per failing path, from the workload or the internet to the ePHI resource, titled hop by hop', () => {
    expect(reach.map((e) => [g.nodes.find((n) => n.key === e.from)?.label, g.nodes.find((n) => n.key === e.to)?.label])).toEqual([['Internet', 'ehr'], ['reports', 'ehr']]);
    expect(reach[1]?.title).toBe(`${HOSTILE} reaches ehr on all traffic (non-ephi-all-ports)\ningress: sg-1 ingress all traffic from 10.0.0.0/16`);
    expect(buildNetworkGraph({ resources }).edges.some((e) => e.kind === 'reach')).toBe(false);
  });

  it('keeps the hostile source name inert in DOT, Mermaid and SVG', async () => {
    const dot = renderDot(g);
    const line = dot.split('\n').find((l) => l.includes('fails segmentation') && l.includes('evil'));
    expect(line).toBeDefined();
    expect(line?.match(/(?<!\\)"/g)?.length).toBe(6); // color, label and tooltip: the hostile name opens no string
    expect(renderMermaid(g)).toContain('==>|fails segmentation|');
    const svg = await renderSvg(g);
    expect(svg).toContain('<g class="nm-edge" data-kind="reach">');
    expect(svg).toContain(escapeXml(`fails segmentation: ${HOSTILE}`).slice(0, 40));
    expect(svg).not.toContain('<img');
  });
});
