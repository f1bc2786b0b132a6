import fs from 'node:fs';
import { importPlainText } from './story/import/plainText.ts';
const r = importPlainText({ fileName: 'wire-story.txt', bytes: fs.readFileSync(process.argv[2] ?? '/work/shared/fixtures/wire-story.txt') });
console.log(JSON.stringify({ ...r, fields: { ...r.fields, body: undefined } }, null, 1));
for (const n of r.fields.body.content) console.log(n.type, n.attrs?.level ?? '', JSON.stringify(n.content ?? '').slice(0, 110));
