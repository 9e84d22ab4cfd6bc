// Under an assessment's header: when it is pinned to an older edition of a checklist than the newest installed,
// a notice says which, and offers the move (a dialog that shows every change before anything happens).
import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSummary } from '../../../../assessments/catalog/summary';
import type { Language } from '../../../../assessments/model/language';
import { call } from '../../api/client';
import { useFocusReturn } from '../../components/use-focus-return';
import { useAssessment } from '../../store/assessment-store';
import { EditionMoveDialog } from './EditionMoveDialog';

export function EditionNotice({ language }: { language: Language }) {
  const { t } = useTranslation();
  const id = useAssessment((s) => s.assessment?.id);
  const pins = useAssessment((s) => s.assessment?.catalogs);
  const [newest, setNewest] = useState<CatalogSummary[]>([]);
  const [open, setOpen] = useState(false);
  const focusReturn = useFocusReturn();

  useEffect(() => {
    let live = true;
    // Without the list the notice stays hidden: the assessment itself opens as usual.
    call('listCatalogs', {}).then(
      (list) => live && setNewest(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  const older = (pins ?? []).flatMap((pinned) => {
    const latest = newest.find((c) => c.id === pinned.id);
    return latest && latest.version > pinned.version ? [{ title: latest.title[language], from: pinned.version, to: latest.version }] : [];
  });

  return (
    <>
      {older.length > 0 ? (
        <Alert color="blue" variant="light" title={t('editions.noticeTitle')} data-testid="edition-notice" py="xs">
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">{t('editions.noticeText', { list: older.map((o) => t('editions.noticeItem', o)).join(language === 'ja' ? '、' : ', ') })}</Text>
            <Button
              size="xs"
              style={{ flexShrink: 0 }}
              onClick={(event) => {
                focusReturn.remember(event.currentTarget);
                setOpen(true);
              }}
              data-testid="open-edition-move"
            >
              {t('editions.open')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {open && id ? (
        <EditionMoveDialog
          assessmentId={id}
          language={language}
          onClose={() => {
            setOpen(false);
            focusReturn.restore();
            // After a move the notice (and its button) is gone: focus goes to the tab the user is on.
            setTimeout(() => {
              if (document.activeElement === document.body) document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
            }, 50);
          }}
        />
      ) : null}
    </>
  );
}
