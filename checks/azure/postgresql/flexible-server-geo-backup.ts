import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexGeoBackup, flexGeoBackupMeta, POSTGRESQL } from '../_flex.js';

export default defineCheck({ meta: flexGeoBackupMeta(POSTGRESQL), evaluate: evaluateFlexGeoBackup });
