import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexEncrypted, flexEncryptedMeta, MYSQL } from '../_flex.js';

export default defineCheck({ meta: flexEncryptedMeta(MYSQL), evaluate: evaluateFlexEncrypted });
