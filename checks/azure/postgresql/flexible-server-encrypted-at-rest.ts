import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexEncrypted, flexEncryptedMeta, POSTGRESQL } from '../_flex.js';

export default defineCheck({ meta: flexEncryptedMeta(POSTGRESQL), evaluate: evaluateFlexEncrypted });
