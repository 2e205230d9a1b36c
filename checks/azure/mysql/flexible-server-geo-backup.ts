import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateFlexGeoBackup, flexGeoBackupMeta, MYSQL } from '../_flex.js';

export default defineCheck({ meta: flexGeoBackupMeta(MYSQL), evaluate: evaluateFlexGeoBackup });
