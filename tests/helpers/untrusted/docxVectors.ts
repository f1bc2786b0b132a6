/**
 * Word files carrying payloads, zipped from XML written here: hyperlinks whose targets are
 * javascript:, vbscript:, data:, file: and UNC paths; HYPERLINK fields, simple and complex;
 * INCLUDETEXT and INCLUDEPICTURE fields that would fetch from outside; an image linked (not
 * embedded) from outside; an altChunk of HTML with a script; bookmarks and tooltips that try
 * to break out of their attributes; comments and footnotes with links; document properties
 * holding markup; and every HTML vector as the text of a paragraph (which must stay words).
 */
import { makeZip } from '../zipWriter';
import { EXFIL, type Vector } from './editorVectors';
import type { FileVector } from './markdownVectors';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// oxlint-disable-next-line no-control-regex -- XML 1.0 cannot hold these; the payloads' NULs are dropped
const xmlText = (text: string) => xml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
const run = (text: string) => `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
const paragraph = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

interface Part {
  name: string;
  data: string;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

/** A Word document: body XML, its relationships, extra parts and core properties. */
function docx(body: string, relationships: Relationship[] = [], parts: Part[] = [], core = ''): Uint8Array {
  const rels = relationships.map((rel) => `<Relationship Id="${rel.id}" Type="${REL}/${rel.type}" Target="${xml(rel.target)}"${rel.external ? ' TargetMode="External"' : ''}/>`).join('');
  const overrides = parts.map((part) => `<Override PartName="/${part.name}" ContentType="application/xml"/>`).join('');
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="html" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>${core ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` : ''}</Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`,
    },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...parts,
    ...(core
      ? [{ name: 'docProps/core.xml', data: `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${core}</cp:coreProperties>` }]
      : []),
  ]);
}

/** Hyperlink targets a Word file can hold, each in its own link. */
const LINK_TARGETS = [
  `javascript:alert('docx-js')`,
  `JaVaScRiPt:alert('docx-case')`,
  ` javascript:alert('docx-space')`,
  `vbscript:msgbox('docx-vb')`,
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgnZG9jeCcpPC9zY3JpcHQ+',
  'file:///etc/passwd',
  '\\\\exfil.test\\share\\doc',
  `https://example.org/" onmouseover="alert('docx-quote')`,
  `${EXFIL}/fine-to-link-but-never-fetched`,
];

const complexField = (instruction: string, shown: string) =>
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${xml(instruction)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

/** Word-specific cases written for Copydesk, one file each. */
export function docxCases(): FileVector[] {
  const cases: FileVector[] = [];
  const add = (name: string, bytes: Uint8Array, payloads: number) => cases.push({ name, fileName: `case-${cases.length}.docx`, bytes, payloads });

  const hyperlinks = LINK_TARGETS.map((target, index) => paragraph(run(`Link ${index + 1}: `), `<w:hyperlink r:id="rIdL${index}" w:tooltip="${xml(`" onmouseover="alert('tooltip-${index}')`)}">${run('the council report')}</w:hyperlink>`));
  add(
    'docx: hyperlinks to javascript:, vbscript:, data:, file:, UNC and a quote-breaking address',
    docx(
      paragraph(run('The council published its plan.')) + hyperlinks.join(''),
      LINK_TARGETS.map((target, index) => ({ id: `rIdL${index}`, type: 'hyperlink', target, external: true })),
    ),
    LINK_TARGETS.length * 2,
  );
  add(
    'docx: HYPERLINK fields, simple and complex, and an internal anchor',
    docx(
      paragraph(run('Fields follow.')) +
        `<w:p><w:fldSimple w:instr=' HYPERLINK "javascript:alert(&apos;fld-simple&apos;)" '>${run('simple field')}</w:fldSimple></w:p>` +
        complexField(`HYPERLINK "javascript:alert('fld-complex')"`, 'complex field') +
        complexField(`HYPERLINK "data:text/html,<script>alert('fld-data')</script>"`, 'data field') +
        `<w:p><w:hyperlink w:anchor="x&quot; onclick=&quot;alert('anchor')">${run('anchor link')}</w:hyperlink></w:p>` +
        `<w:p><w:bookmarkStart w:id="0" w:name="b&quot;&gt;&lt;img src=x onerror=alert('bookmark')&gt;"/>${run('bookmarked')}<w:bookmarkEnd w:id="0"/></w:p>`,
    ),
    5,
  );
  add(
    'docx: INCLUDETEXT and INCLUDEPICTURE fields pointing outside',
    docx(paragraph(run('Included material.')) + complexField(`INCLUDETEXT "${EXFIL}/included.docx"`, 'included text') + complexField(`INCLUDEPICTURE "${EXFIL}/included.png" \\d`, 'included picture')),
    2,
  );
  add(
    'docx: an image linked from outside (not embedded)',
    docx(
      paragraph(run('A picture follows.')) +
        `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1" descr="&lt;img src=x onerror=alert('alt')&gt;"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="x"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
      [{ id: 'rIdImg', type: 'image', target: `${EXFIL}/linked.png`, external: true }],
    ),
    2,
  );
  add(
    'docx: an altChunk of HTML with a script',
    docx(paragraph(run('Before the chunk.')) + '<w:altChunk r:id="rIdAlt"/>' + paragraph(run('After the chunk.')), [{ id: 'rIdAlt', type: 'aFChunk', target: 'afchunk.html' }], [
      { name: 'word/afchunk.html', data: `<html><body><script>alert('altchunk')</script><img src=x onerror=alert('altchunk-img')><p>Chunk text</p></body></html>` },
    ]),
    2,
  );
  add(
    'docx: comments and footnotes with links and markup',
    docx(
      paragraph(run('The fare rises'), '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:commentRangeStart w:id="0"/>', run(' in March.'), '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
      [
        { id: 'rIdFn', type: 'footnotes', target: 'footnotes.xml' },
        { id: 'rIdCm', type: 'comments', target: 'comments.xml' },
        { id: 'rIdFnLink', type: 'hyperlink', target: `javascript:alert('footnote-link')`, external: true },
      ],
      [
        {
          name: 'word/footnotes.xml',
          data: `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}" xmlns:r="${R}"><w:footnote w:id="1"><w:p>${run("Source: <script>alert('footnote')</script>")}<w:hyperlink r:id="rIdFnLink">${run('the filing')}</w:hyperlink></w:p></w:footnote></w:footnotes>`,
        },
        { name: 'word/_rels/footnotes.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFnLink" Type="${REL}/hyperlink" Target="javascript:alert('footnote-link')" TargetMode="External"/></Relationships>` },
        {
          name: 'word/comments.xml',
          data: `<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="&lt;img src=x onerror=alert('comment-author')&gt;" w:initials="X"><w:p>${run("Check this <svg onload=alert('comment')>")}</w:p></w:comment></w:comments>`,
        },
      ],
    ),
    4,
  );
  add(
    'docx: document properties holding markup',
    docx(paragraph(run('Body text.')), [], [], `<dc:title>&lt;script&gt;alert('core-title')&lt;/script&gt;</dc:title><dc:creator>&lt;img src=x onerror=alert('core-creator')&gt;</dc:creator><dc:description>" onmouseover="alert('core-dek')</dc:description><cp:keywords>&lt;svg onload=alert('core-kw')&gt;</cp:keywords><dc:language>en" onload="x</dc:language>`),
    5,
  );
  return cases;
}

/** One Word file per group of HTML vectors, each vector the text of a paragraph (and of a heading and a list item). */
export function docxWithText(vectors: readonly Vector[], index: number): FileVector {
  const body = vectors
    .map((vector) => paragraph(run(vector.html)) + `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run(vector.html.slice(0, 200))}</w:p>`)
    .join('');
  const name = vectors.length === 1 ? `docx text: ${vectors[0]!.name}` : `docx text: ${vectors.length} vectors`;
  return { name, fileName: `text-${index}.docx`, bytes: docx(paragraph(run('Lead paragraph.')) + body), payloads: vectors.length };
}

export function docxFiles(vectors: readonly Vector[], perFile: number): FileVector[] {
  const files = docxCases();
  for (let start = 0; start < vectors.length; start += perFile) files.push(docxWithText(vectors.slice(start, start + perFile), start / perFile));
  return files;
}
