// Bulletins already fetched, and fetching ahead: a card that is pointed at or focused is probably the next
// one opened, so its bulletin is asked for then, and opening it draws at once. Emptied when the library
// changes, since any bulletin may have changed with it.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Bulletin } from '../../../shared/model';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';

export class BulletinCache {
  private readonly pending = new Map<string, Promise<Bulletin | null>>();
  private readonly loaded = new Map<string, Bulletin | null>();

  constructor(
    private readonly api: Pick<PrayerDeskApi, 'getBulletin'>,
    private readonly limit = 100,
  ) {}

  /** The bulletin if it has already arrived (null: it does not exist), undefined if not yet. */
  peek(file: string): Bulletin | null | undefined {
    return this.loaded.get(file);
  }

  get(file: string): Promise<Bulletin | null> {
    const known = this.loaded.get(file);
    if (known !== undefined) return Promise.resolve(known);
    let request = this.pending.get(file);
    if (!request) {
      request = this.api.getBulletin(file).then(
        (bulletin) => {
          this.pending.delete(file);
          if (this.loaded.size >= this.limit) this.loaded.delete(this.loaded.keys().next().value!);
          this.loaded.set(file, bulletin);
          return bulletin;
        },
        (error: unknown) => {
          this.pending.delete(file);
          throw error;
        },
      );
      this.pending.set(file, request);
    }
    return request;
  }

  /** Asks for a bulletin ahead of time; failures are left for the real request to report. */
  prefetch(file: string): void {
    this.get(file).catch(() => undefined);
  }
}

const BulletinCacheContext = createContext<BulletinCache | null>(null);

export function BulletinCacheProvider({ cache, children }: { cache: BulletinCache; children: ReactNode }) {
  return <BulletinCacheContext.Provider value={cache}>{children}</BulletinCacheContext.Provider>;
}

/** The app's cache; null outside a provider (a component alone in a test fetches directly). */
export function useBulletinCache(): BulletinCache | null {
  return useContext(BulletinCacheContext);
}
