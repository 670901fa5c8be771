import './dom-setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fake-prayer-desk';
import { renderApp } from './render-app';

describe('the Problems list', { timeout: 30_000 }, () => {
  it('offers to try a stopped file again and to show it in its folder', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      state: {
        problems: [
          {
            file: '2024/annual report.pdf',
            error:
              'This file took too long to read (more than 24 seconds), so Prayer Desk stopped reading it.',
            stopped: 'time',
          },
        ],
      },
    });
    renderApp(api);
    await user.click(await screen.findByRole('button', { name: '1 file could not be read' }));
    const list = screen.getByRole('region', { name: 'Files that could not be read' });
    expect(within(list).getByText(/took too long to read/)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Try reading 2024/annual report.pdf again' }));
    await waitFor(() =>
      expect(api.calls).toContainEqual({ name: 'tryAgainFile', args: ['2024/annual report.pdf'] }),
    );
    await user.click(within(list).getByRole('button', { name: 'Show 2024/annual report.pdf in its folder' }));
    expect(api.calls).toContainEqual({ name: 'showInFolder', args: ['2024/annual report.pdf'] });
  });
});
