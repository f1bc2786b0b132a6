import { sanitizeHtml } from './electron/services/import/sanitize.ts';
import vectors from '/work/shared/testdata/xss/test/fixtures/expect.mjs';
let danger = 0;
for (const v of vectors as any[]) { const { body } = sanitizeHtml(v.payload); const bad = [...body.querySelectorAll('*')].some(e => ['SCRIPT','IFRAME'].includes(e.nodeName) || [...e.attributes].some(a => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))); if (bad) { danger++; console.log(v.title, body.innerHTML.slice(0, 200)); } }
console.log('danger', danger, vectors.length);
const t = performance.now(); const s = sanitizeHtml('<p onclick="x">hi<script>alert(1)</script><a href="javascript:alert(1)">l</a><iframe src=x></iframe><img src=x onerror=alert(1)></p>'); console.log(s.body.innerHTML, s.removed, performance.now() - t);
