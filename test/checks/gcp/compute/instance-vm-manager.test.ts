import check from '../../../../checks/gcp/compute/instance-vm-manager.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { instance, project } from '../_fixtures.js';

const withOsConfig = project({ computeMetadata: { 'enable-osconfig': 'TRUE' }, enabledServices: ['compute.googleapis.com', 'osconfig.googleapis.com'] });

checkCases(check, {
  pass: [
    { name: 'project metadata and API on', resource: instance({ metadata: {} }), inventory: [withOsConfig] },
    { name: 'VM metadata on', resource: instance({ metadata: { 'enable-osconfig': 'true' } }), inventory: [project({ computeMetadata: {}, enabledServices: ['osconfig.googleapis.com'] })] },
  ],
  fail: [
    { name: 'VM opts out', resource: instance({ metadata: { 'enable-osconfig': 'FALSE' } }), inventory: [withOsConfig], evidencePath: 'config.metadata.enable-osconfig' },
    { name: 'not set anywhere', resource: instance({ metadata: {} }), inventory: [project({ computeMetadata: {}, enabledServices: ['osconfig.googleapis.com'] })], evidencePath: 'config.metadata.enable-osconfig' },
    { name: 'OS Config API off', resource: instance({ metadata: {} }), inventory: [project({ computeMetadata: { 'enable-osconfig': 'TRUE' }, enabledServices: ['compute.googleapis.com'] })], evidencePath: 'project.enabledServices' },
  ],
  notAssessed: [
    { name: 'VM metadata unreadable', resource: instance({ metadata: undefined }), inventory: [withOsConfig], evidencePath: 'config.metadata' },
    { name: 'project metadata unknown', resource: instance({ metadata: {} }), inventory: [project({ computeMetadata: undefined })], evidencePath: 'project.computeMetadata' },
    { name: 'services not visible', resource: instance({ metadata: {} }), inventory: [project({ computeMetadata: { 'enable-osconfig': 'TRUE' }, enabledServices: undefined })], evidencePath: 'project.enabledServices' },
  ],
  notApplicable: [{ name: 'stopped VM', resource: instance({ status: 'TERMINATED' }) }],
});
