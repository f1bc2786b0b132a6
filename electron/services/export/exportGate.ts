import type { Story } from '../../../story/model';
import { tkBlockers, type ExportBlocker } from '../../../story/formats/gate';

/**
 * The fact gate of final exports. Each rule looks at a story and returns what blocks
 * it; the export service asks the gate before every final export, and blockers need
 * an explicit override, recorded in the story's history.
 *
 * Today the only rule counts TKs. The facts capability adds its rule (unverified or
 * false facts, detached spans) with `createExportGate([...DEFAULT_GATE_RULES, factsRule])`
 * where the core is wired.
 */
export type GateRule = (story: Story) => ExportBlocker[];

export interface ExportGate {
  check(story: Story): ExportBlocker[];
}

export const tkRule: GateRule = (story) => tkBlockers(story.body);

export const DEFAULT_GATE_RULES: readonly GateRule[] = [tkRule];

export function createExportGate(rules: readonly GateRule[] = DEFAULT_GATE_RULES): ExportGate {
  return { check: (story) => rules.flatMap((rule) => rule(story)) };
}
