import { useEffect, useRef } from 'react';
import type { Fact } from '../../../../story/facts/model';
import '../../facts/factStatus.css';

/**
 * How a fact's words are underlined in the story: the status colour of UI.md's one scale, and a
 * line style per status so that colour is never the only sign (dotted: unverified, dashed:
 * sourced, solid: verified, wavy: disputed or false, double: changed since verified).
 */
type Look = 'unverified' | 'sourced' | 'verified' | 'disputed' | 'false' | 'removed' | 'recheck';

const STYLE: Readonly<Record<Look, { colour: string; line: string }>> = {
  unverified: { colour: 'var(--fact-unverified)', line: 'dotted' },
  sourced: { colour: 'var(--fact-sourced)', line: 'dashed' },
  verified: { colour: 'var(--fact-verified)', line: 'solid' },
  disputed: { colour: 'var(--fact-disputed)', line: 'wavy' },
  false: { colour: 'var(--fact-false)', line: 'wavy' },
  removed: { colour: 'var(--fact-removed)', line: 'dotted' },
  recheck: { colour: 'var(--fact-disputed)', line: 'double' },
};

export const lookOf = (fact: Pick<Fact, 'status' | 'needsRecheck'>): Look => (fact.needsRecheck ? 'recheck' : fact.status);

const selector = (factId: string) => `.story-body span[data-fact-id="${CSS.escape(factId)}"]`;

/** The style sheet for the open story's fact marks (words not yet known to a record read as unverified). */
export function factUnderlineCss(facts: readonly Fact[], revealedId: string | undefined): string {
  const byLook = new Map<Look, string[]>();
  for (const fact of facts) {
    const look = lookOf(fact);
    if (look !== 'unverified') byLook.set(look, [...(byLook.get(look) ?? []), selector(fact.id)]);
  }
  const rules = [...byLook.entries()].map(([look, selectors]) => `${selectors.join(',\n')} { text-decoration-color: ${STYLE[look].colour}; text-decoration-style: ${STYLE[look].line}; }`);
  if (revealedId) rules.push(`${selector(revealedId)} { background: var(--fact-revealed); }`);
  return rules.join('\n');
}

/** Keeps a <style> element with the rules of the story's facts while the editor is open. */
export function useFactUnderlines(facts: readonly Fact[] | undefined, revealedId: string | undefined): void {
  const element = useRef<HTMLStyleElement | null>(null);
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.factUnderlines = 'true';
    document.head.append(style);
    element.current = style;
    return () => {
      style.remove();
      element.current = null;
    };
  }, []);
  useEffect(() => {
    if (element.current) element.current.textContent = factUnderlineCss(facts ?? [], revealedId);
  }, [facts, revealedId]);
}
