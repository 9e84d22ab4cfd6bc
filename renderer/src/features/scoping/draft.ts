// The scoping questions as the user answers them: every question starts unanswered, and a profile exists
// only once each has an answer ("not sure" counts as one). Pure functions, tested without a window.
import { isSmallBusiness, profileFlags, type ProfileFlag, type ScopingAnswer, type ScopingProfile } from '../../../../assessments/catalog/scoping';

/** A count: a number, "not sure", or not answered yet (undefined). */
export type CountAnswer = number | 'unsure' | undefined;

export type ScopingDraft = {
  employees: CountAnswer;
  individuals: CountAnswer;
} & Record<ProfileFlag, ScopingAnswer | undefined>;

export type ScopingQuestion = 'employees' | 'individuals' | ProfileFlag;
export const scopingQuestions: readonly ScopingQuestion[] = ['employees', 'individuals', ...profileFlags];

/** The questions that decide whether the business is a small and medium-sized one. */
export const sizeQuestions: readonly ScopingQuestion[] = ['employees', 'individuals', 'processesForOthers'];
/** The rest: what the business does with personal data. */
export const handlingQuestions: readonly ScopingQuestion[] = scopingQuestions.filter((q) => !sizeQuestions.includes(q));

/** Small business or not, once the questions that decide it are answered (null before). */
export function smallBusinessOf(draft: ScopingDraft): boolean | null {
  if (sizeQuestions.some((q) => draft[q] === undefined)) return null;
  const rest = Object.fromEntries(handlingQuestions.map((q) => [q, 'unsure']));
  return isSmallBusiness(profileOf({ ...draft, ...rest } as ScopingDraft)!);
}

export function emptyDraft(): ScopingDraft {
  return { employees: undefined, individuals: undefined, ...Object.fromEntries(profileFlags.map((flag) => [flag, undefined])) } as ScopingDraft;
}

export function draftOf(profile: ScopingProfile): ScopingDraft {
  return { ...profile, employees: profile.employees ?? 'unsure', individuals: profile.individuals ?? 'unsure' };
}

/** The questions still unanswered, in the order they are asked. */
export function unanswered(draft: ScopingDraft): ScopingQuestion[] {
  return scopingQuestions.filter((question) => draft[question] === undefined);
}

/** The profile the answers make, or null while a question is unanswered. */
export function profileOf(draft: ScopingDraft): ScopingProfile | null {
  if (unanswered(draft).length > 0) return null;
  const count = (answer: CountAnswer) => (typeof answer === 'number' ? answer : null);
  return {
    ...(Object.fromEntries(profileFlags.map((flag) => [flag, draft[flag]])) as Record<ProfileFlag, ScopingAnswer>),
    employees: count(draft.employees),
    individuals: count(draft.individuals),
  };
}
