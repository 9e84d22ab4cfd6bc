// Auditor mode's domain: verdicts beside the answers, and the canonical content a sign-off seals.
export * from './verdicts';
export * from './canonical';
