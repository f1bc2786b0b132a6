import { FACT_TAG_COMMANDS } from '../../../electron/api/contract';
import { FACT_KINDS } from '../../../story/facts/model';
import type { CommandHandlers } from '../../shell/commands';
import { editorControls } from '../editor/editorControls';
import { walkFactsInPane } from './factEvents';

/** The facts commands of the menus and the keyboard map: tag the story's selection as a kind, F8 / ⇧F8. */
export function factCommandHandlers(): CommandHandlers {
  const handlers: CommandHandlers = {
    nextUnverifiedFact: () => walkFactsInPane('next') || editorControls.walkFacts('next'),
    previousUnverifiedFact: () => walkFactsInPane('previous') || editorControls.walkFacts('previous'),
  };
  for (const kind of FACT_KINDS) handlers[FACT_TAG_COMMANDS[kind]] = () => editorControls.tagSelection(kind);
  return handlers;
}
