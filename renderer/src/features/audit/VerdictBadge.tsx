// The auditor's finding class as a small coloured label (lists, the findings tab).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerdictCode } from '../../../../assessments/model/audit';
import { verdictColours } from './verdict-colours';

export function VerdictBadge({ code, size = 'xs' }: { code: VerdictCode; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={verdictColours[code]} tt="none" data-testid="verdict-badge" data-code={code}>
      {t(`audit.codes.${code}`)}
    </Badge>
  );
}
