// The auditor's finding classes, apart from the schemas so the window can list them without the schema library.
export const verdictCodes = ['conforming', 'major-nonconformity', 'minor-nonconformity', 'observation', 'improvement-opportunity', 'good-practice'] as const;
