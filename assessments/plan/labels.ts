// The plan's own words in Japanese and English: the owner roles an action template names, and the states an
// action can be in. Shared by the plan screen, the reports and the CLI, so all three say the same.
import type { Language, LocalizedText } from '../model/language';
import type { OwnerRole } from '../catalog/schema';
import type { PlanAction, PlanActionStatus } from './plan';

export const ownerRoleLabels: Record<OwnerRole, LocalizedText> = {
  'top-management': { ja: '代表者', en: 'Top management' },
  'privacy-manager': { ja: '個人情報保護管理者', en: 'Personal information protection manager' },
  'it-admin': { ja: '情報システム担当', en: 'IT administrator' },
  'general-affairs': { ja: '総務担当', en: 'General affairs' },
  hr: { ja: '人事担当', en: 'Human resources' },
  'department-heads': { ja: '各部門長', en: 'Department heads' },
  'all-staff': { ja: '全従業者', en: 'All staff' },
  'internal-auditor': { ja: '内部監査責任者', en: 'Internal auditor' },
  legal: { ja: '法務担当', en: 'Legal' },
  'customer-desk': { ja: '相談窓口', en: 'Customer desk' },
  'web-admin': { ja: 'ウェブサイト担当', en: 'Website administrator' },
};

export const actionStatusLabels: Record<PlanActionStatus, LocalizedText> = {
  open: { ja: '未着手', en: 'Open' },
  'in-progress': { ja: '対応中', en: 'In progress' },
  done: { ja: '完了', en: 'Done' },
  'risk-accepted': { ja: 'リスク受容', en: 'Risk accepted' },
  'done-by-answer': { ja: '完了（回答により解消）', en: 'Done (closed by answer)' },
};

/** Who does the action, in words: the role's name, or the name the user typed. */
export function ownerLabel(action: Pick<PlanAction, 'owner' | 'ownerRole'>, language: Language): string {
  return action.ownerRole ? ownerRoleLabels[action.ownerRole][language] : action.owner;
}

export function actionStatusLabel(status: PlanActionStatus, language: Language): string {
  return actionStatusLabels[status][language];
}
