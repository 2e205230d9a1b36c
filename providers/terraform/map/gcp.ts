import type { Resource } from "../../../src/model/resource.js";
import type { TfResource } from "../model.js";
import type { MapContext } from "./context.js";
export const GCP_MAPPERS: Readonly<Record<string, (r: TfResource, ctx: MapContext) => Resource | undefined>> = {};
