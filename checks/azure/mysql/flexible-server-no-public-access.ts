import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexPublic, flexPublicMeta, MYSQL } from '../_flex.js';

export default defineCheck({ meta: flexPublicMeta(MYSQL), evaluate: evaluateFlexPublic });
