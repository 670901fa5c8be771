// A one-off message the user can put away: library notices, errors, sheet notices all look and behave alike.
export interface DismissibleNoticeProps {
  message: string;
  onDismiss: () => void;
  /** 'notice' in the main window, 'sheet-note' in the sheet panel; plus 'is-error' for errors. */
  className: string;
  /** 'alert' for errors (announced at once), 'status' for everything else. */
  role?: 'status' | 'alert';
}

export function DismissibleNotice({
  message,
  onDismiss,
  className,
  role = 'status',
}: DismissibleNoticeProps) {
  return (
    <div className={className} role={role}>
      <p>{message}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
