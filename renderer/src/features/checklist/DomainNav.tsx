// The catalogs and their domains, each with how many of its items are answered; the domain on screen is
// marked. Re-renders when an answer or the domain on screen changes, and then only the domains that changed:
// moving from item to item in one domain does not touch it.
import { Box, Group, NavLink, Progress, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../assessments/catalog/schema';
import type { Language } from '../../../../assessments/model/language';
import { EMPTY_ANSWER, useAssessment } from '../../store/assessment-store';
import { domainProgress, type ItemRef } from './items';

export const DomainNav = memo(function DomainNav({
  catalogs,
  all,
  activeDomain,
  language,
  onOpen,
}: {
  catalogs: readonly Catalog[];
  all: readonly ItemRef[];
  /** `<catalog id>/<domain id>` of the item on screen. */
  activeDomain: string | null;
  language: Language;
  onOpen: (catalogId: string, domainId: string) => void;
}) {
  const { t } = useTranslation();
  const pending = useAssessment((s) => s.pending);
  const answers = useAssessment((s) => s.assessment!.answers);
  const progress = useMemo(() => domainProgress(all, (key) => pending[key] ?? answers[key] ?? EMPTY_ANSWER), [all, pending, answers]);
  return (
    <nav aria-label={t('checklist.navigation')}>
      {catalogs.map((catalog) => (
        <Box key={catalog.id} mb="sm">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
            {catalog.title[language]}
          </Text>
          {catalog.domains.map((domain) => {
            const id = `${catalog.id}/${domain.id}`;
            const p = progress.get(id);
            if (!p) return null;
            return (
              <DomainLink
                key={domain.id}
                catalogId={catalog.id}
                domainId={domain.id}
                title={domain.title[language]}
                answered={p.answered}
                applicable={p.applicable}
                active={id === activeDomain}
                onOpen={onOpen}
              />
            );
          })}
        </Box>
      ))}
    </nav>
  );
});

const DomainLink = memo(function DomainLink({
  catalogId,
  domainId,
  title,
  answered,
  applicable,
  active,
  onOpen,
}: {
  catalogId: string;
  domainId: string;
  title: string;
  answered: number;
  applicable: number;
  active: boolean;
  onOpen: (catalogId: string, domainId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <NavLink
      active={active}
      color="dark"
      aria-current={active ? 'page' : undefined}
      label={<Text size="sm">{title}</Text>}
      description={
        <Group gap={6} wrap="nowrap">
          <Progress value={applicable ? (answered / applicable) * 100 : 100} size="sm" style={{ flex: 1 }} transitionDuration={0} aria-hidden />
          <Text size="xs">{t('checklist.domainProgress', { answered, applicable })}</Text>
        </Group>
      }
      onClick={() => onOpen(catalogId, domainId)}
      data-testid="domain-link"
    />
  );
});
