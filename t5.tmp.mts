import fs from 'node:fs';
import { importHtml } from './electron/services/import/html.ts';
const name = process.argv[2] ?? 'aclu';
const bytes = fs.readFileSync(`/work/shared/testdata/readability-pages/test/test-pages/${name}/source.html`);
const t = performance.now();
const r = importHtml({ fileName: name + '.html', bytes });
console.log('ms', (performance.now() - t).toFixed(0));
console.log(JSON.stringify({ ...r, fields: { ...r.fields, body: undefined } }, null, 1));
console.log(r.fields.body.content.slice(0, 4).map(n => JSON.stringify(n).slice(0, 150)).join('\n'));
