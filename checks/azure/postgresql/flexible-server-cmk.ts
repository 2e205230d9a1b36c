import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexCmk, flexCmkMeta, POSTGRESQL } from '../_flex.js';

export default defineCheck({ meta: flexCmkMeta(POSTGRESQL), evaluate: evaluateFlexCmk });
