// Comparing an organisation's assessments: two of them item by item and score by score (also across catalog
// editions), and the trend over all of them that are not in the trash. Both refuse, in words, what cannot be
// compared: an assessment with itself, or assessments of two different organisations. The loading and the
// checks are shared with the reports, which print the same comparison.
import type { Assessment, Catalog } from '../../../assessments';
import { assessmentTrend, compareAssessments, type ComparedInput } from '../../../assessments/compare';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import type { Session } from '../session';
import type { HandlerContext } from './context';

type Compare = Pick<Handlers, 'compareAssessments' | 'organisationTrend'>;

export type LoadedAssessment = { assessment: Assessment; catalogs: Catalog[] };

/** An assessment with the catalogs it pins, in the editions it pins. */
export function loadCompared(session: Session, id: string): LoadedAssessment {
  const ws = session.workspace();
  if (!ws.assessments.exists(id)) throw new UserError('assessment.none', { id });
  const assessment = ws.assessments.read(id);
  return { assessment, catalogs: assessment.catalogs.map((pinned) => session.catalogs.getVersion(pinned.id, pinned.version)) };
}

/** Refuses what cannot be compared: the same assessment twice, or two organisations' assessments. */
export function checkComparable(session: Session, a: Assessment, b: Assessment): void {
  if (a.id === b.id) throw new UserError('compare.same-assessment', { title: a.title });
  if (a.organisationId === b.organisationId) return;
  const organisations = session.workspace().index.read().organisations;
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  throw new UserError('compare.different-organisations', { first: a.title, firstOrganisation: nameOf(a.organisationId), second: b.title, secondOrganisation: nameOf(b.organisationId) });
}

/** Every assessment of the organisation that is not in the trash, with its catalogs. */
export function organisationAssessments(session: Session, organisationId: string): ComparedInput[] {
  const index = session.workspace().index.read();
  if (!index.organisations.some((o) => o.id === organisationId)) throw new UserError('organisation.none', { id: organisationId });
  return index.assessments.filter((a) => a.organisationId === organisationId && !a.deletedAt).map((a) => loadCompared(session, a.id));
}

export function compareHandlers({ session }: HandlerContext): Compare {
  return {
    compareAssessments: ({ olderId, newerId }) => {
      const older = loadCompared(session, olderId);
      const newer = loadCompared(session, newerId);
      checkComparable(session, older.assessment, newer.assessment);
      return compareAssessments(older, newer);
    },
    organisationTrend: ({ organisationId }) => assessmentTrend(organisationAssessments(session, organisationId)),
  };
}
