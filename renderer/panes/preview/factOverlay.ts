import { FACT_STATUS_SYMBOLS, FACT_STATUSES, type FactStatus } from '../../../story/facts/model';
import type { FactStatusMap } from '../../../story/formats/types';

/** The one scale of UI.md, as the overlay paints it: a tint, an underline and the status symbol (never colour alone). */
const COLOURS: Readonly<Record<FactStatus, { line: string; dark: string; tint: string }>> = {
  unverified: { line: '#5c5a55', dark: '#c9c6bf', tint: 'rgba(128, 124, 116, 0.16)' },
  sourced: { line: '#1f5fbf', dark: '#8cb8f0', tint: 'rgba(31, 95, 191, 0.16)' },
  verified: { line: '#1e6b34', dark: '#7cc98f', tint: 'rgba(30, 107, 52, 0.16)' },
  disputed: { line: '#8a4b00', dark: '#e7a55a', tint: 'rgba(231, 165, 90, 0.25)' },
  false: { line: '#b3261e', dark: '#f08a82', tint: 'rgba(179, 38, 30, 0.18)' },
  removed: { line: '#5c5a55', dark: '#c9c6bf', tint: 'transparent' },
};

function rule(selector: string, status: FactStatus): string {
  const { line, dark, tint } = COLOURS[status];
  const strike = status === 'removed' ? ' text-decoration: line-through;' : '';
  return [
    `${selector} { background: ${tint}; box-shadow: inset 0 -2px 0 ${line};${strike} }`,
    `${selector}::after { content: "${FACT_STATUS_SYMBOLS[status]}"; color: ${line}; }`,
    `@media (prefers-color-scheme: dark) { :root:not(.surface-print) ${selector} { box-shadow: inset 0 -2px 0 ${dark}; } :root:not(.surface-print) ${selector}::after { color: ${dark}; } }`,
  ].join('\n');
}

/**
 * The overlay's stylesheet: every tagged span coloured by its fact's status. A span
 * whose fact has no record (yet) shows as unverified. Fact ids are escaped for CSS.
 */
export function factOverlayCss(statuses: FactStatusMap): string {
  const base = [
    '.fact { border-radius: 2px; }',
    '.fact::after { font: 600 0.62em/1 system-ui, sans-serif; vertical-align: super; margin-left: 1px; }',
    rule('.fact', 'unverified'),
  ];
  const byStatus = FACT_STATUSES.flatMap((status) => {
    const ids = [...statuses].filter(([, s]) => s === status).map(([id]) => `.fact[data-fact-id="${cssString(id)}"]`);
    return ids.length > 0 && status !== 'unverified' ? [rule(ids.join(', '), status)] : [];
  });
  return [...base, ...byStatus].join('\n');
}

function cssString(value: string): string {
  return value.replace(/["\\\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
}

export const OVERLAY_LEGEND: ReadonlyArray<{ status: FactStatus; symbol: string }> = FACT_STATUSES.map((status) => ({ status, symbol: FACT_STATUS_SYMBOLS[status] }));
