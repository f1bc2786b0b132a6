import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** IPTC's ninjs 2.x JSON Schemas, read in place from the shared test data. */
export const NINJS_SPEC_DIR = path.resolve(__dirname, '../../../shared/testdata/ninjs/specification');
const SCHEMAS = ['2.0', '2.1', '2.2'].map((version) => ({ version, file: path.join(NINJS_SPEC_DIR, `ninjs-schema_${version}.json`) }));

export const ninjsSchemasAvailable = (): boolean => SCHEMAS.every(({ file }) => fs.existsSync(file));

/** A validator per ninjs 2.x schema (2.0 is JSON Schema draft-04, 2.1 and 2.2 draft 2020-12). */
export function ninjsValidators(): Array<{ version: string; validate: ValidateFunction }> {
  return SCHEMAS.map(({ version, file }) => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { $schema: string };
    const draft04 = schema.$schema.includes('draft-04');
    const ajv = draft04 ? new AjvDraft04({ strict: false, allErrors: true }) : new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv as never);
    // The schemas point at the GeoJSON schema on the web for places; we never write geometry, so any value will do here.
    const geoJson = 'https://geojson.org/schema/GeoJSON.json';
    ajv.addSchema((draft04 ? { id: geoJson } : { $id: geoJson }) as never);
    return { version, validate: ajv.compile(schema) as ValidateFunction };
  });
}
