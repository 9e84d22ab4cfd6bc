// The findings tab: every verdict the auditor gave, filtered by class (findings only by default) and by domain,
// in catalog order; each opens its item in auditor mode. Nonconformities feed the improvement plan (buildPlan).
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictCode } from '../../../../assessments/model/audit';
import type { Language } from '../../../../assessments/model/language';
import { answerKey } from '../../../../assessments/model/keys';
import { verdictCodes } from '../../../../assessments/model/verdict-codes';
import { useAssessment } from '../../store/assessment-store';
import { useNavigation } from '../../store/navigation';
import { useChecklistView } from '../checklist/view-store';
import { VerdictBadge } from './VerdictBadge';

type ClassFilter = 'findings' | 'all' | VerdictCode;

export default function FindingsScreen({ language }: { language: Language }) {
  const { t } = useTranslation();
  const verdicts = useAssessment((s) => s.assessment!.verdicts);
  const answers = useAssessment((s) => s.assessment!.answers);
  const catalogs = useAssessment((s) => s.catalogs);
  const [classFilter, setClassFilter] = useState<ClassFilter>('findings');
  const [domainFilter, setDomainFilter] = useState<string | null>(null);

  const rows = useMemo(
    () =>
      catalogs.flatMap((catalog) =>
        catalog.domains.flatMap((domain) =>
          domain.items.flatMap((item) => {
            const key = answerKey(catalog.id, item.id);
            const verdict = verdicts?.[key];
            return verdict ? [{ key, catalog, domain, item, verdict, domainKey: `${catalog.id}/${domain.id}` }] : [];
          }),
        ),
      ),
    [catalogs, verdicts],
  );
  const domains = [...new Map(rows.map((r) => [r.domainKey, `${r.domain.title[language]}`])).entries()];
  const shown = rows.filter(
    (r) => (classFilter === 'all' ? true : classFilter === 'findings' ? r.verdict.code !== 'conforming' : r.verdict.code === classFilter) && (!domainFilter || r.domainKey === domainFilter),
  );

  const open = (key: string) => {
    const view = useChecklistView.getState();
    view.setWriter('auditor');
    view.setMode('item');
    view.setCurrent(key);
    useNavigation.getState().openTab('checklist');
  };

  return (
    <Stack gap="md" data-testid="findings-screen">
      <div>
        <Title order={3} size="h4">
          {t('audit.findings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.findings.intro')}
        </Text>
      </div>
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid="findings-none">
          {t('audit.findings.none')}
        </Text>
      ) : (
        <>
          <Group align="flex-end">
            <Select
              label={t('audit.findings.class')}
              value={classFilter}
              onChange={(value) => setClassFilter((value as ClassFilter | null) ?? 'findings')}
              data={[
                { value: 'findings', label: t('audit.findings.allFindings') },
                { value: 'all', label: t('audit.findings.allVerdicts') },
                ...verdictCodes.map((code) => ({ value: code, label: `${t(`audit.codes.${code}`)} (${rows.filter((r) => r.verdict.code === code).length})` })),
              ]}
              allowDeselect={false}
              w={300}
              data-testid="findings-class"
            />
            <Select
              label={t('audit.findings.domain')}
              value={domainFilter}
              onChange={setDomainFilter}
              placeholder={t('audit.findings.allDomains')}
              data={domains.map(([value, label]) => ({ value, label }))}
              clearable
              w={300}
              data-testid="findings-domain"
            />
            <Text size="sm" c="dimmed" data-testid="findings-count">
              {t('audit.findings.count', { count: shown.length })}
            </Text>
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('audit.findings.noneMatch')}</Text>
          ) : (
            <Table striped verticalSpacing="xs" data-testid="findings-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.findings.item')}</Table.Th>
                  <Table.Th>{t('audit.findings.class')}</Table.Th>
                  <Table.Th>{t('audit.findings.comment')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => (
                  <Table.Tr key={r.key} data-testid="finding-row" data-item={r.key}>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {r.item.id} · {r.domain.title[language]}
                      </Text>
                      <Text size="sm">{r.item.title[language]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <VerdictBadge code={r.verdict.code} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {r.verdict.comment}
                      </Text>
                      {(answers[r.key]?.evidence.length ?? 0) > 0 ? (
                        <Text size="xs" c="dimmed">
                          {t('audit.findings.evidence', { checked: r.verdict.evidenceChecked.length, linked: answers[r.key]!.evidence.length })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="default" onClick={() => open(r.key)} aria-label={`${t('audit.findings.open')}: ${r.item.title[language]}`}>
                        {t('audit.findings.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
