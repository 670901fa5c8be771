import { describe, expect, it } from 'vitest';
import { crashedText, errorPageHtml, errorPageUrl, loadFailedText } from '../../../electron/main/error-page';

describe('error page', () => {
  it('says in plain words what happened and what to do', () => {
    const html = errorPageHtml(loadFailedText('ERR_FILE_NOT_FOUND', -6));
    expect(html).toContain('Prayer Desk could not open its window');
    expect(html).toContain('Close Prayer Desk and open it again');
    expect(html).toContain('ERR_FILE_NOT_FOUND (-6)');
  });

  it('runs no script and loads nothing', () => {
    const html = errorPageHtml(crashedText('crashed'));
    expect(html).not.toMatch(/<script|src=|href=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes the technical detail', () => {
    const html = errorPageHtml(loadFailedText('<img src=x onerror=alert(1)>', 1));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is a self-contained data: URL', () => {
    const url = errorPageUrl(crashedText('oom'));
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('Renderer ended: oom');
  });
});
