// The policy's safeguards against the public statement the answers support: the groups the policy leaves out
// and those it describes without support, then every group the policy describes with its sentences.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../assessments/model/language';
import type { PolicyGroupResult } from '../../../../assessments/policy/check';
import type { StatementGap } from '../../../../assessments/policy/groups';
import { gapWording, groupName } from '../../../../assessments/policy/wording';
import type { Focus } from './highlight';
import { QuoteButton } from './ElementResults';

export function StatementResults({ gaps, groups, language, focus, onFocus }: { gaps: readonly StatementGap[]; groups: readonly PolicyGroupResult[]; language: Language; focus: Focus | null; onFocus: (focus: Focus) => void }) {
  const { t } = useTranslation();
  const isActive = (q: { start: number; end: number }) => focus?.start === q.start && focus.end === q.end;
  return (
    <Stack gap="xs" data-testid="policy-statement">
      <Text size="xs" c="dimmed">
        {t('policy.statementIntro')}
      </Text>
      {gaps.length === 0 ? <Text size="sm">{t('policy.statementNone')}</Text> : null}
      {gaps.map((gap) => (
        <Paper key={`${gap.group}-${gap.kind}`} withBorder p="xs" data-testid="policy-gap" data-kind={gap.kind} data-group={gap.group}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge color={gap.kind === 'not-supported' ? 'red.9' : '#a63c06'} tt="none" style={{ flexShrink: 0 }}>
              {groupName(gap.group, language)}
            </Badge>
            <Text size="sm">{gapWording[gap.kind][language]}</Text>
          </Group>
        </Paper>
      ))}
      <Title order={3} size="h6" mt="sm">
        {t('policy.groupsDescribed')}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('policy.noGroups')}
        </Text>
      ) : null}
      {groups.map((group) => (
        <Stack key={group.group} gap={2}>
          <Text size="sm" fw={600}>
            {groupName(group.group, language)}
          </Text>
          {group.evidence.slice(0, 3).map((quote) => (
            <QuoteButton key={quote.start} quote={quote} active={isActive(quote)} onFocus={onFocus} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
