import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';
import attestations from '../../schemas/attestations.schema.json' with { type: 'json' };
import config from '../../schemas/config.schema.json' with { type: 'json' };
import suppressions from '../../schemas/suppressions.schema.json' with { type: 'json' };
import { readerSchema } from '../../reports/json/reader-schema.js';

/**
 * The JSON Schema validators of phiscan's inputs (config, suppressions, attestations, a report
 * read back). The schema files stay the source of truth: `npm run build` compiles each into
 * standalone validation code (ajv's standalone code generation; scripts/build-assets.mjs) in
 * `validators/NAME.cjs` beside the compiled module, so the package neither compiles a schema
 * nor loads ajv's compiler at run time. From a checkout (tsx, vitest) a schema is compiled on
 * first use, with the same options.
 */
const DEFINITIONS = {
  config: { schema: () => config, options: {} },
  // strictRequired off: an anyOf / oneOf names properties declared in the parent.
  suppressions: { schema: () => suppressions, options: { strictRequired: false } },
  attestations: { schema: () => attestations, options: { strictRequired: false } },
  report: { schema: readerSchema, options: { allowUnionTypes: true }, formats: true },
} satisfies Record<string, { schema: () => object; options: Options; formats?: boolean }>;

export type ValidatorName = keyof typeof DEFINITIONS;
export const VALIDATOR_NAMES = Object.keys(DEFINITIONS) as ValidatorName[];

const require = createRequire(import.meta.url);
const fromSource = import.meta.url.endsWith('.ts');
const cache = new Map<ValidatorName, ValidateFunction>();

function compile(name: ValidatorName, code?: Options['code']) {
  const d: { schema: () => object; options: Options; formats?: boolean } = DEFINITIONS[name];
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: false, strict: true, ...d.options, ...(code ? { code } : {}) });
  // ajv-formats is CommonJS: required, its export is the plugin itself.
  if (d.formats) (require('ajv-formats') as (a: typeof ajv) => void)(ajv);
  return { ajv, validate: ajv.compile(d.schema()) };
}

/** The validator for `name`: the standalone code the build generated, or (from source) compiled now. */
export function validator<T>(name: ValidatorName): ValidateFunction<T> {
  let v = cache.get(name);
  if (!v) {
    if (fromSource) v = compile(name).validate;
    else {
      try {
        v = require(`./validators/${name}.cjs`) as ValidateFunction;
      } catch (err) {
        throw new Error(`phiscan: the ${name} schema validator is missing from this build (run \`npm run build\`): ${(err as Error).message.split('\n')[0] ?? ''}`);
      }
    }
    cache.set(name, v);
  }
  return v as ValidateFunction<T>;
}

/** The standalone validation code for `name` (CommonJS), as `npm run build` writes it. */
export function standaloneValidator(name: ValidatorName): string {
  const { ajv, validate } = compile(name, { source: true });
  const standaloneCode = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js').default;
  return standaloneCode(ajv, validate);
}
