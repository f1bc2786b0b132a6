import mammoth from 'mammoth';
import fs from 'node:fs';
const f = process.argv[2];
const r = await mammoth.convertToHtml({ buffer: fs.readFileSync(f) }, { styleMap: ['comment-reference => sup'], convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
console.log(r.value.slice(0, 1500)); console.log(r.messages);
