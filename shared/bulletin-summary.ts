// One timeline line for a bulletin: what the list needs without every item's text crossing IPC.
import type { Bulletin, Region } from './model';
import { organisationOf } from './model';
import type { BulletinSummary } from './library-types';

export function summarizeBulletin(bulletin: Bulletin): BulletinSummary {
  const regionCounts: Partial<Record<Region, number>> = {};
  for (const item of bulletin.items) regionCounts[item.region] = (regionCounts[item.region] ?? 0) + 1;
  return {
    file: bulletin.file,
    title: bulletin.title,
    date: bulletin.date,
    dateSource: bulletin.dateSource,
    scriptureReference: bulletin.scripture?.reference ?? null,
    regionCounts,
    itemCount: bulletin.items.length,
    organisation: organisationOf(bulletin),
  };
}
