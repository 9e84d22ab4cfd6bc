// Organisations: created, edited, and moved to the trash (with their assessments) or back. Only emptying the
// trash removes anything, and only when the user asks.
import { newRecordId, type Organisation } from '../../../assessments';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import type { HandlerContext } from './context';

type Organisations = Pick<Handlers, 'listOrganisations' | 'createOrganisation' | 'updateOrganisation' | 'deleteOrganisation' | 'restoreOrganisation'>;

export function organisationHandlers({ session, random, timestamp }: HandlerContext): Organisations {
  const ws = () => session.workspace();
  const find = (id: string) => {
    const organisation = ws().index.read().organisations.find((o) => o.id === id);
    if (!organisation) throw new UserError('organisation.none', { id });
    return organisation;
  };
  return {
    listOrganisations: () => ws().index.read().organisations,
    createOrganisation: (details) => {
      const organisation: Organisation = { id: newRecordId(random), ...details, createdAt: timestamp() };
      ws().index.update((index) => ({ ...index, organisations: [...index.organisations, organisation] }));
      return organisation;
    },
    updateOrganisation: ({ id, details }) => {
      const updated: Organisation = { ...find(id), ...details };
      ws().index.update((index) => ({ ...index, organisations: index.organisations.map((o) => (o.id === id ? updated : o)) }));
      return updated;
    },
    deleteOrganisation: ({ id }) => {
      find(id);
      const at = timestamp();
      // Its assessments go to the trash with it, marked with the same moment, so a restore brings back exactly those.
      ws().index.update((index) => ({
        ...index,
        organisations: index.organisations.map((o) => (o.id === id ? { ...o, deletedAt: at } : o)),
        assessments: index.assessments.map((a) => (a.organisationId === id && !a.deletedAt ? { ...a, deletedAt: at } : a)),
      }));
      return { deletedAt: at };
    },
    restoreOrganisation: ({ id }) => {
      const organisation = find(id);
      const at = organisation.deletedAt;
      const { deletedAt: _gone, ...restored } = organisation;
      ws().index.update((index) => ({
        ...index,
        organisations: index.organisations.map((o) => (o.id === id ? restored : o)),
        assessments: index.assessments.map((a) => {
          if (a.organisationId !== id || !a.deletedAt || a.deletedAt !== at) return a;
          const { deletedAt: _alsoGone, ...back } = a;
          return back;
        }),
      }));
      return restored;
    },
  };
}
