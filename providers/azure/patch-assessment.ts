import type { MissingPatch, PatchAssessment } from '../../src/model/types/azure/index.js';
import { RESOURCE_GRAPH_API, RESOURCE_GRAPH_PATH } from './inventory.js';
import { AzureCallError, type JsonObject, type RestClient } from './rest.js';
import { lower, obj, str, strings } from './values.js';

/**
 * Azure Update Manager results from the Resource Graph `patchassessmentresources` table: one
 * `microsoft.compute/virtualmachines/patchassessmentresults` row per VM (id
 * `<vm>/patchAssessmentResults/latest`) and one `.../softwarepatches` row per patch still
 * available (missing) on it. Read-only: the query POST, never `assessPatches` (which starts one).
 */

export const PATCH_ASSESSMENT_ACTION = 'Microsoft.ResourceGraph/resources/read (patchassessmentresources)';
const RESULT = 'microsoft.compute/virtualmachines/patchassessmentresults';
const PATCH = `${RESULT}/softwarepatches`;
export const PATCH_ASSESSMENT_QUERY = `patchassessmentresources | where type in~ ('${RESULT}', '${PATCH}') | project id, type, properties | order by id asc`;

/** VM id (lower-cased) of a result or patch row id. */
function vmOf(id: string): string | undefined {
  const i = lower(id).indexOf('/patchassessmentresults/');
  return i < 0 ? undefined : lower(id.slice(0, i));
}

function missingPatch(p: JsonObject): MissingPatch {
  return {
    name: str(p.patchName) ?? '', classifications: strings(p.classifications), msrcSeverity: str(p.msrcSeverity),
    publishedDateTime: str(p.publishedDateTime), kbId: str(p.kbId),
  };
}

export async function readPatchAssessments(rest: RestClient, subscriptionId: string): Promise<Map<string, PatchAssessment>> {
  const results = new Map<string, { status: string | null; lastModifiedDateTime: string | null }>();
  const patches = new Map<string, MissingPatch[]>();
  let skipToken: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages > 10_000) throw new AzureCallError(undefined, 'PagingLoop', 'error', 'more than 10000 Resource Graph pages');
    const body = await rest.post(RESOURCE_GRAPH_PATH, RESOURCE_GRAPH_API, {
      subscriptions: [subscriptionId], query: PATCH_ASSESSMENT_QUERY,
      options: { $top: 1000, resultFormat: 'objectArray', ...(skipToken ? { $skipToken: skipToken } : {}) },
    });
    for (const row of Array.isArray(body.data) ? body.data : []) {
      const r = obj(row);
      const id = str(r.id);
      const vm = id ? vmOf(id) : undefined;
      if (!vm) continue;
      const p = obj(r.properties);
      const type = lower(str(r.type) ?? '');
      if (type === RESULT) results.set(vm, { status: str(p.status), lastModifiedDateTime: str(p.lastModifiedDateTime) });
      else if (type === PATCH) patches.set(vm, [...(patches.get(vm) ?? []), missingPatch(p)]);
    }
    skipToken = str(body.$skipToken) ?? undefined;
    if (!skipToken) break;
  }
  const out = new Map<string, PatchAssessment>();
  for (const [vm, r] of results) {
    const missing = (patches.get(vm) ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    out.set(vm, { ...r, missingPatches: missing });
  }
  return out;
}
