// Renders the sheet panel as the app does (API, sheet provider), with "Add to prayer sheet" buttons for
// the fake bulletins' requests beside it, for the sheet's component tests.
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { PrayerSheet, SheetDraft } from '../../../shared/prayer-sheet';
import { entryFromHit } from '../../../shared/prayer-sheet';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { AddToSheetButton } from '../../../renderer/src/sheet/add-to-sheet-button';
import { SheetFromBulletinButton, SheetFromResultsButton } from '../../../renderer/src/sheet/quick-start';
import { SheetProvider } from '../../../renderer/src/sheet/sheet-context';
import { SheetPanel } from '../../../renderer/src/sheet/sheet-panel';
import { ALL_HITS, BULLETINS, createFakeSheetApi } from './fake-sheet-api';
import type { FakeSheetApi } from './fake-sheet-api';

// The machine running tests is shared and small: waiting longer is fine, sleeping never is.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());

export interface RenderSheetOptions {
  api?: FakeSheetApi;
  initial?: SheetDraft;
  saved?: PrayerSheet[];
  focusPrint?: boolean;
}

export function renderSheet(options: RenderSheetOptions = {}) {
  const api = options.api ?? createFakeSheetApi({ sheets: options.saved });
  const onClose = () => undefined;
  const view = render(
    <ApiProvider api={api}>
      <SheetProvider initial={options.initial}>
        <section aria-label="Results">
          {ALL_HITS.map((hit) => (
            <article key={hit.id} aria-label={hit.text}>
              <AddToSheetButton entry={entryFromHit(hit)} />
            </article>
          ))}
          <SheetFromBulletinButton bulletin={BULLETINS[0]!} />
          <SheetFromResultsButton query={{ text: 'pray' }} total={4} />
        </section>
        <SheetPanel onClose={onClose} focusPrint={options.focusPrint} />
      </SheetProvider>
    </ApiProvider>,
  );
  return { api, ...view };
}

/** The sheet panel, as a screen reader finds it. */
export function sheetPanel(): HTMLElement {
  return screen.getByRole('complementary', { name: 'Prayer sheet' });
}

/** The requests as the panel lists them, by their text. */
export function listedOnSheet(): string[] {
  return (
    within(sheetPanel())
      .queryAllByRole('listitem')
      // The "Removed … Undo" row stands in the list where a removed request was; it is not a request.
      .filter((li) => !li.classList.contains('sheet-undo'))
      .map((li) => li.querySelector('.sheet-item-text')?.textContent ?? '')
  );
}
