import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexTransport, flexTransportMeta, MYSQL } from '../_flex.js';

/** MySQL lists the allowed versions: `tls_version` (e.g. `TLSv1.2,TLSv1.3`). */
export default defineCheck({ meta: flexTransportMeta(MYSQL, 'tls_version'), evaluate: (s) => evaluateFlexTransport(s, 'tls_version') });
