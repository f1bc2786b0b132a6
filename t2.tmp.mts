import { importMarkdownText } from './story/import/markdown.ts';
import { assertValidDoc } from './story/schema/schema.ts';
const md = `---
title: Harbour ferry to run at night
slug: Harbour Ferry!
dek: The council voted 7-2.
authors: [Ana Reyes, Tomasz Wiśniewski]
dateline: { place: VALMERE, date: 2025-02-12 }
tags: ferry, council
language: en_GB
urgency: 12
embargo: 2025-02-12T06:00:00Z
layout: post
---
# Harbour ferry to run at night

The **council** voted on *Tuesday* to run the [ferry](https://example.com/f) at night. TK

## Why it matters

- ✔ Two crossings a night
- ✔ Fares unchanged

1. first
2. second

> The harbour never sleeps.
>
> — Ines Okafor, harbour master

> Editor's note: check the fare with the operator.

![A ferry](https://example.com/ferry.jpg) and ![local](ferry.png) <span>x</span> [bad](javascript:alert(1))

| a | b |
|---|---|
| 1 | 2 |

<div>raw</div>

## Read next

- 06:00 [Rare earths scramble](https://example.com/r)
- 05:09 Signal chat admission
`;
const r = importMarkdownText(md, 'x.md');
console.log(JSON.stringify({ ...r, fields: { ...r.fields, body: undefined } }, null, 1));
for (const n of r.fields.body.content) console.log(n.type, JSON.stringify(n).slice(0, 250));
assertValidDoc(r.fields.body); console.log('valid');
