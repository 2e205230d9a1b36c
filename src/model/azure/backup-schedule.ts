/** Backup schedule arithmetic shared by the live mapper and the azurerm mapper (no provider code: IaC scans load it too). */

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Longest gap, in hours, between the week days a weekly schedule runs on; null when none is named. */
export function weeklyGapHours(days: readonly string[]): number | null {
  const idx = [...new Set(days.map((d) => DAYS.indexOf(d.toLowerCase())).filter((i) => i >= 0))].sort((a, b) => a - b);
  if (idx.length === 0) return null;
  let gap = 0;
  for (let i = 0; i < idx.length; i++) gap = Math.max(gap, ((idx[(i + 1) % idx.length] as number) - (idx[i] as number) + 7) % 7 || 7);
  return gap * 24;
}
