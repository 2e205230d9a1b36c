import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexPublic, flexPublicMeta, POSTGRESQL } from '../_flex.js';

export default defineCheck({ meta: flexPublicMeta(POSTGRESQL), evaluate: evaluateFlexPublic });
