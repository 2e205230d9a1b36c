import { describe, expect, it } from 'vitest';
import { hasDestination, isAllIpv4Range, isAllowAzureServicesRange, isInternetSource, logsCategory, tlsNumber } from '../../../checks/azure/_shared.js';
import { exposedPorts } from '../../../checks/azure/network/_nsg.js';
import { diag, logCat, logGroup, rule } from './_fixtures.js';

describe('Azure check helpers', () => {
  it('read TLS versions in every Azure spelling', () => {
    for (const [s, n] of [['TLS1_2', 1.2], ['1.2', 1.2], ['TLSv1.2', 1.2], ['Tls12', 1.2], ['TLSv1_3', 1.3], ['TLSv1', 1.0], ['1.0', 1.0], ['TLS1_1', 1.1], [' tlsv1.1 ', 1.1]] as const) expect(tlsNumber(s), s).toBe(n);
    for (const s of ['None', 'Tls', '', 'SSLv3', '2.0']) expect(tlsNumber(s), s).toBeUndefined();
  });

  it('recognise internet sources and all-address firewall ranges', () => {
    for (const s of ['*', 'Internet', 'any', '0.0.0.0/0', '::/0']) expect(isInternetSource(s), s).toBe(true);
    for (const s of ['VirtualNetwork', 'AzureLoadBalancer', '10.0.0.0/8', '0.0.0.0/8']) expect(isInternetSource(s), s).toBe(false);
    expect(isAllIpv4Range('0.0.0.0', '255.255.255.255')).toBe(true);
    expect(isAllIpv4Range('0.0.0.0', '0.0.0.0')).toBe(false);
    expect(isAllowAzureServicesRange('0.0.0.0', '0.0.0.0')).toBe(true);
  });

  it('count a diagnostic setting only when it has a destination and the log is enabled', () => {
    expect(hasDestination(diag([], { workspaceId: null }))).toBe(false);
    expect(logsCategory([diag([logCat('auditevent')])], 'AuditEvent', [])).toBe(true);
    expect(logsCategory([diag([logGroup('audit')])], 'AuditEvent', ['audit'])).toBe(true);
    expect(logsCategory([diag([logGroup('audit', false)])], 'AuditEvent', ['audit'])).toBe(false);
  });

  it('evaluate NSG rules by priority, first match wins, per port', () => {
    const allowAll = rule({ name: 'allow-all', priority: 300, sourceAddressPrefixes: ['*'], destinationPortRanges: ['*'], protocol: '*' });
    const denySsh = rule({ name: 'deny-ssh', priority: 200, access: 'Deny', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['22'] });
    expect(exposedPorts([allowAll, denySsh], [22, 3389]).map((e) => [e.port, e.rule.name])).toEqual([[3389, 'allow-all']]);
    expect(exposedPorts([rule({ sourceAddressPrefixes: ['Internet'], protocol: 'Udp', destinationPortRanges: ['3389'] })], [3389])).toHaveLength(1);
    expect(exposedPorts([rule({ sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['20-21', '23'] })], [22])).toEqual([]);
  });
});
