import check from '../../../../checks/azure/compute/virtual-machine-no-missing-critical-patches.js';
import type { MissingPatch, PatchAssessment } from '../../../../src/model/types/azure/index.js';
import { checkCases } from '../../../helpers/check-tester.js';
import { vm } from '../_fixtures.js';

// The run clock is 2026-11-01 (TEST_NOW).
const patch = (over: Partial<MissingPatch>): MissingPatch => ({ name: 'openssl', classifications: ['Security'], msrcSeverity: null, publishedDateTime: '2026-10-25T00:00:00Z', kbId: null, ...over });
const assessed = (missingPatches: readonly MissingPatch[], over: Partial<PatchAssessment> = {}) => vm({ patchAssessment: { status: 'Succeeded', lastModifiedDateTime: '2026-10-31T06:00:00Z', missingPatches, ...over } });

checkCases(check, {
  pass: [
    { name: 'nothing missing', resource: vm() },
    { name: 'a recent security update, an old non-security one', resource: assessed([patch({}), patch({ name: 'vim', classifications: ['Other'], publishedDateTime: '2025-01-01T00:00:00Z' })]) },
    { name: 'a critical update 10 days old', resource: assessed([patch({ classifications: ['Critical'], publishedDateTime: '2026-10-22T00:00:00Z' })]) },
  ],
  fail: [
    { name: 'a critical update 20 days old', resource: assessed([patch({ name: 'kernel', classifications: ['Critical'], publishedDateTime: '2026-10-12T00:00:00Z' })]), evidencePath: 'config.patchAssessment.missingPatches' },
    { name: 'an MSRC Important update 40 days old', resource: assessed([patch({ name: '2026-09 Cumulative Update', classifications: ['UpdateRollup'], msrcSeverity: 'Important', kbId: '5040000', publishedDateTime: '2026-09-22T00:00:00Z' })]), evidencePath: 'config.patchAssessment.missingPatches' },
    { name: 'overdue even when the assessment is old', resource: assessed([patch({ classifications: ['Security'], publishedDateTime: '2026-08-01T00:00:00Z' })], { lastModifiedDateTime: '2026-09-01T00:00:00Z' }), evidencePath: 'config.patchAssessment.missingPatches' },
  ],
  notAssessed: [
    { name: 'Resource Graph unreadable', resource: vm({ patchAssessment: undefined }), evidencePath: 'config.patchAssessment' },
    { name: 'never assessed', resource: vm({ patchAssessment: null }), evidencePath: 'config.patchAssessment' },
    { name: 'assessment failed', resource: assessed([], { status: 'Failed' }), evidencePath: 'config.patchAssessment.status' },
    { name: 'assessment stale', resource: assessed([], { lastModifiedDateTime: '2026-09-01T00:00:00Z' }), evidencePath: 'config.patchAssessment.lastModifiedDateTime' },
    { name: 'a security update without a date', resource: assessed([patch({ publishedDateTime: null })]), evidencePath: 'config.patchAssessment.missingPatches' },
  ],
});
