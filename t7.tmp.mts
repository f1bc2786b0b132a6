import fs from 'node:fs';
import path from 'node:path';
import { importDocx } from './electron/services/import/docx.ts';
import { plainTextOf } from './story/document.ts';
const dirs = ['/work/shared/testdata/docx-mammoth/test/test-data', '/work/shared/testdata/docx-pandoc/test/docx'];
let ok = 0, err = 0;
for (const dir of dirs) for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.docx'))) {
  const t = performance.now();
  try { const r = await importDocx({ fileName: f, bytes: fs.readFileSync(path.join(dir, f)) }); ok++;
    if (process.argv[2] && f.includes(process.argv[2])) console.log(f, JSON.stringify(r, null, 0).slice(0, 1500));
    const ms = performance.now() - t; if (ms > 300) console.log('slow', f, ms.toFixed(0));
  } catch (e) { err++; console.log('ERR', f, e.name, e.message); }
}
console.log({ ok, err });
