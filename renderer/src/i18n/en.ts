// English UI strings. The shape of this object is the list of keys; ja.ts must have exactly the same keys
// (the type checker enforces it), so no screen can show an untranslated string.
export const en = {
  app: {
    name: 'Mamori',
    tagline: 'Personal-information safeguard self-assessment',
  },
  language: {
    label: 'Language',
    ja: '日本語',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    create: 'Create',
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'Something went wrong',
    required: 'Required',
  },
  home: {
    title: 'Assessments',
    emptyTitle: 'Welcome to Mamori',
    emptyIntro:
      'Mamori walks you through the safeguards for personal information that the APPI and JIS Q 15001 (P-mark) expect, and keeps everything on this computer.',
    stepOrganisation: 'Register your organisation',
    stepOrganisationHint: 'The company or department you are assessing.',
    stepAssessment: 'Start an assessment',
    stepAssessmentHint: 'Choose one or more checklists and describe your company in a few answers.',
    stepAnswer: 'Answer the checklist',
    stepAnswerHint: 'Your answers are saved on this computer as you go.',
    addOrganisation: 'Add organisation',
    newAssessment: 'New assessment',
    organisations: 'Organisations',
    noAssessmentsYet: 'No assessments for this organisation yet.',
    assessmentCount_one: '{{count}} assessment',
    assessmentCount_other: '{{count}} assessments',
    createdOn: 'Created {{date}}',
    updatedOn: 'Last saved {{date}}',
    catalogVersion: '{{title}} (v{{version}})',
    storedIn: 'Data folder: {{folder}}',
  },
  organisation: {
    dialogTitle: 'Add organisation',
    name: 'Organisation name',
    namePlaceholder: 'e.g. Sakura Trading Co., Ltd.',
    created: 'Organisation "{{name}}" added.',
  },
  assessment: {
    dialogTitle: 'New assessment',
    organisation: 'Organisation',
    title: 'Title',
    titlePlaceholder: 'e.g. FY2026 self-assessment',
    defaultTitle: 'Self-assessment {{date}}',
    catalogs: 'Checklists',
    catalogsHint: 'Choose at least one.',
    itemCount_one: '{{count}} item',
    itemCount_other: '{{count}} items',
    profile: 'About your company',
    profileHint: 'These answers decide which items apply and whether the small-business guidance is shown first.',
    employees: 'Employees (including part-time staff)',
    individuals: 'Individuals whose personal data you hold (largest number in the past 6 months)',
    flags: {
      processesForOthers: 'We handle personal data on behalf of other companies',
      usesContractors: 'We entrust the handling of personal data to contractors',
      providesToThirdParties: 'We provide personal data to third parties',
      specialCareData: 'We hold special care-required personal information (health, criminal records, …)',
      foreignTransfer: 'Personal data is handled abroad or in a foreign cloud service',
      websiteTracking: 'Our website uses cookies, analytics or advertising tags',
      jointUse: 'We share personal data with group companies or partners under joint use',
      pseudonymisedOrAnonymised: 'We create pseudonymously or anonymously processed information',
    },
    smallBusiness: 'Small and medium-sized business: the lighter example methods will be shown first.',
    notSmallBusiness: 'The general example methods will be shown first.',
    created: 'Assessment "{{title}}" created.',
    noCatalogs: 'No checklists are installed.',
  },
  errors: {
    apiUnavailable: 'Mamori could not reach its data service. Restart the app; if it happens again, see Troubleshooting in the README.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
