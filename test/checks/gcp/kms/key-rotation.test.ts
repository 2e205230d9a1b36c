import check from '../../../../checks/gcp/kms/key-rotation.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { cryptoKey, disk, KEY, PHI } from '../_fixtures.js';

const DAY = 86400;
const ephiDisk = disk({ kmsKeyName: KEY }, { tags: PHI });

checkCases(check, {
  pass: [
    { name: 'ePHI key every 90 days', resource: cryptoKey({ rotationPeriodSeconds: 90 * DAY }, { tags: PHI }) },
    { name: 'non-ePHI key every 365 days', resource: cryptoKey({ rotationPeriodSeconds: 365 * DAY }) },
    { name: 'custom limit', resource: cryptoKey({ rotationPeriodSeconds: 180 * DAY }, { tags: PHI }), options: { ephiMaxDays: 180 } },
  ],
  fail: [
    { name: 'no rotation', resource: cryptoKey({ rotationPeriodSeconds: null }), evidencePath: 'config.rotationPeriodSeconds' },
    { name: 'non-ePHI key over a year', resource: cryptoKey({ rotationPeriodSeconds: 400 * DAY }), evidencePath: 'config.rotationPeriodSeconds' },
    { name: 'key used by an ePHI disk, yearly', resource: cryptoKey({ rotationPeriodSeconds: 365 * DAY }), inventory: [ephiDisk], evidencePath: 'config.rotationPeriodSeconds' },
  ],
  notAssessed: [
    { name: 'unreadable', resource: cryptoKey({ rotationPeriodSeconds: undefined }), evidencePath: 'config.rotationPeriodSeconds' },
    { name: 'yearly, and the disk it encrypts has unreadable labels (maybe an ePHI key)', resource: cryptoKey({ rotationPeriodSeconds: 365 * DAY }), inventory: [disk({ kmsKeyName: KEY }, { tags: undefined })], evidencePath: 'ephiKey' },
  ],
  notApplicable: [{ name: 'asymmetric signing key', resource: cryptoKey({ purpose: 'ASYMMETRIC_SIGN', rotationPeriodSeconds: null }) }],
});
