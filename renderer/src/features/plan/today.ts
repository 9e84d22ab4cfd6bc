/** Today as YYYY-MM-DD in the user's time zone: what "overdue", a report's date and an export's date default to. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
