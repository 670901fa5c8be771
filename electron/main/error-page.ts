// The page shown instead of a blank window when the renderer cannot load or crashes: plain words for a
// church-office volunteer, no script, no remote anything. Served as a data: URL so it works even when the
// app's own files are what is missing.

export interface ErrorPageText {
  heading: string;
  /** What happened and what to do, in plain words. */
  advice: string;
  /** Technical detail for whoever helps them (error code, reason); shown small. */
  detail: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function loadFailedText(description: string, code: number): ErrorPageText {
  return {
    heading: 'Prayer Desk could not open its window',
    advice:
      'Part of the program seems to be missing or damaged. Close Prayer Desk and open it again. ' +
      'If this page comes back, reinstall Prayer Desk; your bulletins are not affected.',
    detail: `Load failed: ${description} (${code})`,
  };
}

export function crashedText(reason: string): ErrorPageText {
  return {
    heading: 'Prayer Desk stopped unexpectedly',
    advice:
      'The window stopped working. Close Prayer Desk and open it again; your bulletins are safe and ' +
      'nothing was changed in your folder.',
    detail: `Renderer ended: ${reason}`,
  };
}

export function errorPageHtml(text: ErrorPageText): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Prayer Desk</title>
<style>
body { font: 18px/1.5 system-ui, sans-serif; color: #2b2a28; background: #f7f5f0; margin: 0; }
main { max-width: 36em; margin: 12vh auto; padding: 0 1.5em; }
h1 { font-size: 1.5em; margin-bottom: 0.5em; }
.detail { color: #6b6862; font-size: 0.8em; margin-top: 3em; }
</style>
</head>
<body><main>
<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.advice)}</p>
<p class="detail">${escapeHtml(text.detail)}</p>
</main></body>
</html>`;
}

export function errorPageUrl(text: ErrorPageText): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(errorPageHtml(text))}`;
}
