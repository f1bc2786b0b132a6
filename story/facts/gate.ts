import type { DocJSON, NodeJSON } from '../document';
import type { Fact } from './model';

export type FactBlockReason = 'unverified' | 'disputed' | 'false' | 'detached' | 'needs-recheck';

export type GateBlocker =
  | { type: 'fact'; factId: string; kind: Fact['kind']; reason: FactBlockReason; text: string; attribution: string }
  | { type: 'tk'; index: number; note: string; context: string };

export interface GateResult {
  storyId: string;
  /** True when nothing blocks: the story may go to "ready" or be exported as final without an override. */
  clear: boolean;
  blockers: GateBlocker[];
  /** "3 unverified facts, 1 detached fact, 2 TKs" */
  summary: string;
}

function blockReason(fact: Fact): FactBlockReason | undefined {
  if (fact.status === 'removed') return undefined;
  if (fact.detached) return 'detached';
  if (fact.status === 'unverified') return 'unverified';
  if (fact.status === 'disputed') return 'disputed';
  if (fact.status === 'false') return 'false';
  if (fact.needsRecheck) return 'needs-recheck';
  return undefined;
}

/** A fact still to check before "ready": what F8 walks to and the gate lists. */
export function isOpenFact(fact: Fact): boolean {
  return blockReason(fact) !== undefined;
}

/** Every TK placeholder of the body, with the words around it (editor's notes are drafting aids and do not count). */
export function tksOf(doc: DocJSON | NodeJSON): Array<{ note: string; context: string }> {
  const found: Array<{ note: string; context: string }> = [];
  const walk = (node: NodeJSON): void => {
    if (node.type === 'editorsNote' || node.type === 'readNext') return;
    const children = node.content ?? [];
    children.forEach((child, i) => {
      if (child.type !== 'tk') return;
      const before = children.slice(0, i).map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'tk' ? 'TK' : ' ')).join('');
      const after = children.slice(i + 1).map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'tk' ? 'TK' : ' ')).join('');
      found.push({ note: typeof child.attrs?.note === 'string' ? child.attrs.note : '', context: `${before.slice(-40)}TK${after.slice(0, 40)}`.trim() });
    });
    children.forEach(walk);
  };
  walk(doc);
  return found;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What stands between a story and "ready" or a final export: unchecked, disputed, false, detached or changed facts, and TKs. */
export function exportGate(storyId: string, facts: readonly Fact[], body: DocJSON): GateResult {
  const blockers: GateBlocker[] = [];
  for (const fact of facts) {
    const reason = blockReason(fact);
    if (reason) blockers.push({ type: 'fact', factId: fact.id, kind: fact.kind, reason, text: fact.currentText ?? fact.text, attribution: fact.attribution });
  }
  tksOf(body).forEach((tk, index) => blockers.push({ type: 'tk', index, ...tk }));
  const counts = new Map<string, number>();
  for (const blocker of blockers) {
    const key = blocker.type === 'tk' ? 'TK' : blocker.reason === 'needs-recheck' ? 'fact to re-check' : `${blocker.reason} fact`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const summary = [...counts.entries()].map(([key, n]) => (key === 'TK' ? plural(n, 'TK') : key === 'fact to re-check' ? `${n} ${n === 1 ? 'fact' : 'facts'} to re-check` : plural(n, key))).join(', ');
  return { storyId, clear: blockers.length === 0, blockers, summary: summary || 'nothing to check' };
}

/** What an override recorded as outstanding (the `blockers` of its history event's data). */
export type OverriddenBlocker = { type: 'tk'; note?: string } | { type: 'fact'; factId: string; reason: string };

/**
 * True when a recorded override still stands for the gate as it is now: every open fact was open for
 * the same reason when the writer overrode, and there are no more TKs than then. A fact opened or a TK
 * added since needs a new override.
 */
export function overrideCovers(gate: GateResult, overridden: readonly OverriddenBlocker[]): boolean {
  const facts = new Set(overridden.flatMap((b) => (b.type === 'fact' ? [`${b.factId} ${b.reason}`] : [])));
  const tks = overridden.filter((b) => b.type === 'tk').length;
  let tksNow = 0;
  for (const blocker of gate.blockers) {
    if (blocker.type === 'tk') tksNow++;
    else if (!facts.has(`${blocker.factId} ${blocker.reason}`)) return false;
  }
  return tksNow <= tks;
}
