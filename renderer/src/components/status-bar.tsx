// The quiet line at the bottom: which folder is open, how many bulletins, loading progress, and — only
// when there are any — the files that could not be read, opening a list of each file and why.
import { useState } from 'react';
import type { LibraryProgress, LibraryState } from '../../../shared/library-types';
import { ProblemActions } from './problem-actions';

export interface StatusBarProps {
  state: LibraryState | null;
  progress: LibraryProgress | null;
  onChooseFolder(): void;
}

/** "412 prayer bulletins found in 18,904 messages", over every mailbox of the folder; each in the tooltip. */
function MailboxCount({ state }: { state: LibraryState }) {
  const mailboxes = state.mailboxes ?? [];
  const bulletins = mailboxes.reduce((sum, m) => sum + m.bulletins, 0);
  const messages = mailboxes.reduce((sum, m) => sum + m.messages, 0);
  const each = mailboxes
    .map((m) => `${m.file}: ${m.bulletins.toLocaleString()} of ${m.messages.toLocaleString()} messages`)
    .join('\n');
  return (
    <span className="status-mailboxes" title={each}>
      {bulletins.toLocaleString()} prayer {bulletins === 1 ? 'bulletin' : 'bulletins'} found in{' '}
      {messages.toLocaleString()} {messages === 1 ? 'message' : 'messages'}
    </span>
  );
}

function folderName(folder: string): string {
  const parts = folder.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? folder;
}

export function StatusBar({ state, progress, onChooseFolder }: StatusBarProps) {
  const [open, setOpen] = useState(false);
  const problems = state?.problems ?? [];
  return (
    <footer className="status-bar">
      <div className="status-line">
        {state && (
          <span className="status-folder" title={state.folder}>
            {state.isSample ? 'Sample bulletins' : folderName(state.folder)}
          </span>
        )}
        {state && state.status === 'ready' && (
          <span className="status-count">
            {state.bulletinCount.toLocaleString()} {state.bulletinCount === 1 ? 'bulletin' : 'bulletins'}
          </span>
        )}
        {state && state.status === 'ready' && state.mailboxes && <MailboxCount state={state} />}
        {progress && <span className="status-progress">Reading the folder…</span>}
        <button type="button" className="link-button" onClick={onChooseFolder}>
          Change folder…
        </button>
        {problems.length > 0 && (
          <button
            type="button"
            className="problems-toggle"
            aria-expanded={open}
            aria-controls="problems-list"
            onClick={() => setOpen((value) => !value)}
          >
            <span aria-hidden="true" className="problems-dot" />
            {problems.length === 1
              ? '1 file could not be read'
              : `${problems.length} files could not be read`}
          </button>
        )}
      </div>
      {open && problems.length > 0 && (
        <section
          id="problems-list"
          className="problems-panel"
          aria-label="Files that could not be read"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <p className="problems-intro">
            These files are in the folder but Prayer Desk could not read them. The other bulletins are not
            affected.
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.file}>
                <span className="problem-file">{problem.file}</span>
                <span className="problem-reason">
                  {problem.error} <ProblemActions file={problem.file} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  );
}
