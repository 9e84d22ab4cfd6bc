// The safeguards and practices the policy claims, each with the checklist items that check it: claims the
// answers do not back first and flagged, with those items a click away in the checklist.
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../assessments/catalog/schema';
import type { Language } from '../../../../assessments/model/language';
import type { PolicyClaim } from '../../../../assessments/policy/claims';
import { backingWording } from '../../../../assessments/policy/wording';
import type { AnswerStatus } from '../../../../assessments/model/answer';
import type { Focus } from './highlight';
import { QuoteButton } from './ElementResults';

const backingColour = { backed: 'teal.9', 'not-backed': 'red.9', unanswered: 'gray.7' } as const;

export type ItemRef = { itemId: string; title: string; status: AnswerStatus };

export function itemIndex(catalogs: readonly Catalog[], language: Language): Map<string, { itemId: string; title: string }> {
  return new Map(catalogs.flatMap((c) => c.domains.flatMap((d) => d.items.map((i) => [`${c.id}/${i.id}`, { itemId: i.id, title: i.title[language] }] as const))));
}

export function ClaimResults(props: {
  claims: readonly PolicyClaim[];
  catalogs: readonly Catalog[];
  statusOf: (key: string) => AnswerStatus;
  language: Language;
  focus: Focus | null;
  onFocus: (focus: Focus) => void;
  onOpenItem: (key: string) => void;
}) {
  const { claims, catalogs, statusOf, language, focus, onFocus, onOpenItem } = props;
  const { t } = useTranslation();
  const items = useMemo(() => itemIndex(catalogs, language), [catalogs, language]);
  const notBacked = claims.filter((c) => c.backing === 'not-backed');
  const [filter, setFilter] = useState<'not-backed' | 'all'>(notBacked.length > 0 ? 'not-backed' : 'all');
  const shown = (filter === 'all' ? [...claims] : notBacked).sort((a, b) => Number(b.backing === 'not-backed') - Number(a.backing === 'not-backed') || a.start - b.start);

  return (
    <Stack gap="xs" data-testid="policy-claims">
      <Text size="xs" c="dimmed">
        {t('policy.claimsIntro')}
      </Text>
      <SegmentedControl
        size="xs"
        value={filter}
        onChange={(value) => setFilter(value as 'not-backed' | 'all')}
        aria-label={t('policy.claimFilter')}
        data-testid="policy-claim-filter"
        data={[
          { value: 'not-backed', label: t('policy.filterNotBacked', { count: notBacked.length }) },
          { value: 'all', label: t('policy.filterAll', { count: claims.length }) },
        ]}
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {claims.length === 0 ? t('policy.noClaims') : t('policy.noneNotBacked')}
        </Text>
      ) : null}
      {shown.map((claim) => {
        const ordered = [...claim.unbackedItems, ...claim.items.filter((k) => !claim.unbackedItems.includes(k))];
        return (
          <Paper key={claim.start} withBorder p="xs" data-testid="policy-claim" data-backing={claim.backing ?? 'none'} component="section" aria-label={claim.backing ? backingWording[claim.backing][language] : t('policy.claim')}>
            <Stack gap={4}>
              {claim.backing ? (
                <Badge color={backingColour[claim.backing]} variant={claim.backing === 'not-backed' ? 'filled' : 'light'} tt="none" size="sm">
                  {backingWording[claim.backing][language]}
                </Badge>
              ) : null}
              <QuoteButton quote={claim} active={focus?.start === claim.start && focus.end === claim.end} onFocus={onFocus} testId="policy-claim-quote" />
              <Group gap={4}>
                {ordered.map((key) => {
                  const item = items.get(key);
                  const unbacked = claim.unbackedItems.includes(key);
                  const status = statusOf(key);
                  return (
                    <Button
                      key={key}
                      size="compact-xs"
                      variant="light"
                      color={unbacked ? 'red' : 'gray'}
                      onClick={() => onOpenItem(key)}
                      data-testid={unbacked ? 'policy-unbacked-item' : 'policy-claim-item'}
                      data-item={key}
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                      h="auto"
                      py={2}
                    >
                      <VisuallyHidden>{t('policy.openItem')}</VisuallyHidden>
                      {`${item?.itemId ?? key} ${item?.title ?? ''} · ${t(`answers.${status}`)}`}
                    </Button>
                  );
                })}
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
