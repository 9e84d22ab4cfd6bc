// Size limits the window checks before sending anything, kept free of the schema library so the window's
// first bundle stays small; the schemas import them from here, so there is one number for each limit.

/** The largest evidence file the vault accepts. */
export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;
