import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexCmk, flexCmkMeta, MYSQL } from '../_flex.js';

export default defineCheck({ meta: flexCmkMeta(MYSQL), evaluate: evaluateFlexCmk });
