// Renders the whole reader over a fake API, for tests that need more than one component.
import { render } from '@testing-library/react';
import { App } from '../../renderer/src/app';
import { createFakeApi } from './fake-prayer-desk';
import type { FakeApi } from './fake-prayer-desk';

export function renderApp(api: FakeApi = createFakeApi()) {
  const view = render(<App api={api} />);
  return { api, ...view };
}
