// What the answers so far mean: small business or not, how many items apply, and each item left out with
// the "no" answers that left it out. Shown beside the questions, so every change shows its effect at once.
import { Alert, Badge, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../assessments/catalog/schema';
import { isSmallBusiness, type ScopingProfile } from '../../../../assessments/catalog/scoping';
import type { Language } from '../../../../assessments/model/language';
import { summariseScope } from './scope-summary';

export function ScopeSummaryView({
  catalogs,
  profile,
  missing,
  answers,
  language,
  compact = false,
}: {
  /** null while the catalogs are being fetched. */
  catalogs: readonly Catalog[] | null;
  /** null while a question is unanswered. */
  profile: ScopingProfile | null;
  missing: number;
  answers?: Readonly<Record<string, { status: string } | undefined>>;
  language: Language;
  /** Only the count of items that apply and of those left out (the Scope tab lists them, with why). */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (!profile) {
    return (
      <Alert color="orange" variant="light" data-testid="scoping-missing">
        {t('scoping.missing', { count: missing })}
      </Alert>
    );
  }
  const summary = catalogs ? summariseScope(catalogs, profile, answers) : null;
  const small = isSmallBusiness(profile);
  if (compact) {
    return (
      <Alert color="teal" variant="light" p="xs" data-testid="scope-summary">
        {summary ? (
          <Text size="sm" data-testid="scope-applying" data-applying={summary.applying} data-total={summary.total}>
            {t('scoping.applying', { applying: summary.applying, total: summary.total })} {summary.leftOut.length > 0 ? t('scoping.leftOutLater', { count: summary.leftOut.length }) : t('scoping.noneExcluded')}
          </Text>
        ) : (
          <Text size="sm">{t('scoping.itemsLoading')}</Text>
        )}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" data-testid="scope-summary">
      <Alert color={small ? 'teal' : 'blue'} variant="light" data-testid="small-business" data-small={small}>
        {small ? t('scoping.smallBusiness') : t('scoping.notSmallBusiness')}
      </Alert>
      {!summary ? (
        <Text size="sm" c="dimmed">
          {t('scoping.itemsLoading')}
        </Text>
      ) : (
        <>
          <Text fw={600} data-testid="scope-applying" data-applying={summary.applying} data-total={summary.total}>
            {t('scoping.applying', { applying: summary.applying, total: summary.total })}
          </Text>
          <Text size="sm" fw={600}>
            {t('scoping.excluded')}
          </Text>
          {summary.leftOut.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('scoping.noneExcluded')}
            </Text>
          ) : (
            // Focusable, so a keyboard user can scroll a long list (the My Number items alone are 29).
            <ScrollArea.Autosize mah={260} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t('scoping.excluded') }}>
              <List size="sm" spacing={4} data-testid="scope-excluded">
                {summary.leftOut.map((entry) => (
                  <List.Item key={entry.key}>
                    <Badge size="xs" variant="light" color="gray" tt="none" mr={6}>
                      {entry.item.id}
                    </Badge>
                    {entry.item.title[language]}
                    <Text size="xs" c="dimmed">
                      {t('scoping.excludedBecause', { questions: entry.because.map((flag) => t(`scoping.topics.${flag}`)).join(language === 'ja' ? '、' : ', ') })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
          )}
          {summary.keptAnswers > 0 ? (
            <Text size="xs" c="dimmed" data-testid="scope-kept">
              {t('scoping.keptCount', { count: summary.keptAnswers })} {t('scoping.keptAnswers')}
            </Text>
          ) : null}
        </>
      )}
    </Stack>
  );
}
