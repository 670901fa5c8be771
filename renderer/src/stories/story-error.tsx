// What a story view says when its data could not be gathered, with a way to ask again.
import type { ReactNode } from 'react';

export interface StoryErrorProps {
  /** The message in plain words. */
  children: ReactNode;
  onRetry(): void;
}

export function StoryError({ children, onRetry }: StoryErrorProps) {
  return (
    <div className="inline-error story-error" role="alert">
      <span>{children}</span>
      <button type="button" className="link-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
