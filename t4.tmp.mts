import { sanitizeHtml } from './electron/services/import/sanitize.ts';
import { docFromSanitizedHtml } from './electron/services/import/htmlToDoc.ts';
const r = { warnings: [], leftOut: [] };
const { body } = sanitizeHtml('<h1>T</h1><p onclick="x">hi <b>bold</b><br>x<script>alert(1)</script><a href="javascript:alert(1)">l</a> <a href="https://a.b/">ok</a></p><figure><img src="https://x/y.jpg"><figcaption>Cap</figcaption></figure><ul><li>a</li><li><p>b</p><ul><li>c</li></ul></li></ul><table><tr><td>1</td><td>2</td></tr></table><blockquote><p>q</p></blockquote><h5>h</h5>');
const d = docFromSanitizedHtml(body, r);
console.log(JSON.stringify(d), r);
