// Small wording helpers for the sheet panel: counts, the start of a request for labels, saved times.

/** "1 request", "8 requests". */
export function requestCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'request' : 'requests'}`;
}

/** The first words of a request, for button labels and announcements ("Pray for the families in…"). */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const savedFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** When a sheet was last changed, in the user's local time ("24 Nov 2026, 18:05"). */
export function formatSavedAt(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : savedFormat.format(date);
}

/** Where a dragged request lands: dropped before or after the request at `over` (indexes before the move). */
export function dropIndex(from: number, over: number, after: boolean): number {
  const insertAt = over + (after ? 1 : 0);
  return insertAt > from ? insertAt - 1 : insertAt;
}
