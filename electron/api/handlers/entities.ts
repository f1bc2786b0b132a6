import type { Handlers } from '../dispatch';
import type { EntityService } from '../../services/facts/entityService';

export function entityHandlers(entities: EntityService): Pick<Handlers, 'listEntities' | 'createEntity' | 'updateEntity' | 'deleteEntity' | 'markSpellingCorrect'> {
  return {
    listEntities: ({ kind }) => entities.list(kind),
    createEntity: (input) => entities.create(input),
    updateEntity: (input) => entities.update(input),
    deleteEntity: (input) => entities.remove(input),
    markSpellingCorrect: (input) => entities.markCorrect(input),
  };
}
