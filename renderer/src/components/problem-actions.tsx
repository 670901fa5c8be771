// The two things a person can do about a file in the Problems list: read it again ("Try again": after
// closing it in Word, or for a file whose reading was stopped as too slow or too big, which is otherwise
// skipped until it changes) and see it in the file manager. The list refreshes from the library's events.
import { useState } from 'react';
import { useApi } from '../api/api-context';

export function ProblemActions({ file }: { file: string }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  if (file === '' || file === '.') return null;
  const tryAgain = async () => {
    setBusy(true);
    setFailed(null);
    try {
      await api.tryAgainFile(file);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="problem-actions">
      <button
        type="button"
        className="link-button"
        disabled={busy}
        aria-label={`Try reading ${file} again`}
        onClick={() => void tryAgain()}
      >
        {busy ? 'Reading…' : 'Try again'}
      </button>
      <button
        type="button"
        className="link-button"
        aria-label={`Show ${file} in its folder`}
        onClick={() => void api.showInFolder(file).catch(() => undefined)}
      >
        Show in folder
      </button>
      {failed && <span role="alert">{failed}</span>}
    </span>
  );
}
