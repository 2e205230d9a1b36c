import check from '../../../../checks/azure/web/site-tls12.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { webSite } from '../_fixtures.js';

checkCases(check, {
  pass: [{ name: 'TLS 1.2 on both', resource: webSite() }, { name: 'TLS 1.3, SCM not set', resource: webSite({ minTlsVersion: '1.3', scmMinTlsVersion: null }) }],
  fail: [
    { name: 'app accepts TLS 1.0', resource: webSite({ minTlsVersion: '1.0' }), evidencePath: 'config.minTlsVersion' },
    { name: 'SCM site accepts TLS 1.1', resource: webSite({ scmMinTlsVersion: '1.1' }), evidencePath: 'config.scmMinTlsVersion' },
  ],
  notAssessed: [
    { name: 'config/web unreadable', resource: webSite({ minTlsVersion: undefined, scmMinTlsVersion: undefined }), evidencePath: 'config.minTlsVersion' },
    { name: 'SCM minimum unknown', resource: webSite({ scmMinTlsVersion: undefined }), evidencePath: 'config.scmMinTlsVersion' },
  ],
});
