import check from '../../../../checks/gcp/logging/project-sink-all-logs.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { PROJECT, project, sink } from '../_fixtures.js';
import { IAC } from './_alert-cases.js';

const orgSink = { id: '//logging.googleapis.com/organizations/9/sinks/org-all', owner: 'organizations/9', destination: 'storage.googleapis.com/org-logs', destinationId: '//storage.googleapis.com/org-logs', filter: '', disabled: false, includeChildren: true, exclusions: [] };
const gap = { provider: 'gcp' as const, service: 'cloudasset', operation: 'ListAssets', account: PROJECT, resourceTypes: ['gcp.logging.sink' as const], reason: 'access-denied' as const, message: 'denied' };

checkCases(check, {
  pass: [
    { name: 'a project sink with no filter', resource: project(), inventory: [sink()] },
    { name: 'an aggregated organization sink', resource: project({ inheritedSinks: [orgSink] }) },
    { name: 'one of several sinks routes everything', resource: project(), inventory: [sink({ filter: 'severity>=ERROR' }, { id: '//logging.googleapis.com/projects/123/sinks/errors' }), sink()] },
  ],
  fail: [
    { name: 'only a filtered sink', resource: project(), inventory: [sink({ filter: 'logName:"cloudaudit.googleapis.com"' })], evidencePath: 'sinks' },
    { name: 'the sink has an exclusion', resource: project(), inventory: [sink({ exclusions: ['resource.type="gce_instance"'] })], evidencePath: 'sinks' },
    { name: 'the sink is disabled', resource: project(), inventory: [sink({ disabled: true })], evidencePath: 'sinks' },
    { name: 'no sink anywhere', resource: project(), evidencePath: 'sinks' },
    { name: 'a sink of another project does not count', resource: project(), inventory: [sink({}, { account: 'other' })], evidencePath: 'sinks' },
  ],
  notAssessed: [
    { name: 'sinks could not be listed', resource: project(), gaps: [gap], evidencePath: 'sinks' },
    { name: 'no project sink and the organization was not read', resource: project({ inheritedSinks: undefined }), evidencePath: 'config.inheritedSinks' },
    { name: 'a sink filter is unknown', resource: project(), inventory: [sink({ filter: undefined })], evidencePath: 'sinks' },
    { name: 'Terraform declares none', resource: project({ inheritedSinks: undefined }, IAC), evidencePath: 'sinks' },
  ],
});
