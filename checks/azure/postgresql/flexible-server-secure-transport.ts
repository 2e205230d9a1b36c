import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexTransport, flexTransportMeta, POSTGRESQL } from '../_flex.js';

/** PostgreSQL names the minimum: `ssl_min_protocol_version` (`TLSv1.2` by default on flexible server). */
export default defineCheck({ meta: flexTransportMeta(POSTGRESQL, 'ssl_min_protocol_version'), evaluate: (s) => evaluateFlexTransport(s, 'ssl_min_protocol_version') });
