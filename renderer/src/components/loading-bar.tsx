// Progress while a folder is read: files read of all files, and which one, for the patient. While a
// mailbox is read (minutes for years of mail), its own progress: how far, messages seen, bulletins found.
import type { LibraryProgress, MailboxProgress } from '../../../shared/library-types';

export function LoadingBar({ progress, onStop }: { progress: LibraryProgress; onStop?: () => void }) {
  if (progress.mailbox) return <MailboxBar mailbox={progress.mailbox} onStop={onStop} />;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="loading">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Reading the bulletin folder"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={`${progress.done} of ${progress.total} files read`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="loading-text">
        Reading your bulletins: {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
        {progress.current && <span className="loading-file"> · {progress.current}</span>}
      </p>
    </div>
  );
}

function MailboxBar({ mailbox, onStop }: { mailbox: MailboxProgress; onStop?: () => void }) {
  const percent = mailbox.bytesTotal > 0 ? Math.floor((mailbox.bytesDone / mailbox.bytesTotal) * 100) : 0;
  const found = `${mailbox.bulletins.toLocaleString()} prayer ${mailbox.bulletins === 1 ? 'bulletin' : 'bulletins'} found in ${mailbox.messages.toLocaleString()} ${mailbox.messages === 1 ? 'message' : 'messages'}`;
  return (
    <div className="loading">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Reading the mailbox"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% read: ${found}`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="loading-text">
        Reading the mailbox {mailbox.file.slice(mailbox.file.lastIndexOf('/') + 1)}: {found}
        <span className="loading-file">
          {' '}
          · {percent}% of {formatBytes(mailbox.bytesTotal)}
        </span>
        {onStop && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onStop}>
              Stop reading
            </button>
          </>
        )}
      </p>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
