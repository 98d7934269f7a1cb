/** Business minutes as a person reads them: "45 m", "4 h", "1 h 30 m", "3 d" (a business day of 8 h). */
export function formatBusinessMinutes(minutes: number): string {
  if (minutes > 0 && minutes % 480 === 0) return `${minutes / 480} d`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} m`;
  return m === 0 ? `${h} h` : `${h} h ${m} m`;
}
