// The one way components reach the main process: the API is handed in (window.prayerDesk in the app,
// a small fake in tests) rather than read from the global, so every component can be tested alone.
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { PrayerDeskApi } from '../../../shared/prayer-desk-api';

const ApiContext = createContext<PrayerDeskApi | null>(null);

export function ApiProvider({ api, children }: { api: PrayerDeskApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): PrayerDeskApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi() needs an <ApiProvider> above it.');
  return api;
}
