// Progress while a folder is read: files read of all files, and which one, for the patient.
import type { LibraryProgress } from '../../../shared/library-types';

export function LoadingBar({ progress }: { progress: LibraryProgress }) {
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
