/**
 * The actor map of an agenda or a plan, with the entities' names and contacts read from the
 * taxonomy: the agenda and plan loaders call it, so both pages draw the same model.
 */
import { taxonomies } from '../../core/content.ts';
import { type ActorContact, type ActorData, actorMapView, type ActorMapView } from './actor-map.ts';

export async function loadActorMap(actors: readonly ActorData[]): Promise<ActorMapView> {
  const tax = await taxonomies();
  return actorMapView(actors, (id) => {
    const entity = tax.term('entities', { id });
    return {
      name: entity.name,
      ...(typeof entity.acronym === 'string' ? { acronym: entity.acronym } : {}),
      contact: entity.contact as ActorContact | undefined,
    };
  });
}
