// The library service as the shell uses it: the core's own interface, re-exported so the shell and its
// tests name one dependency and never the implementation.
export type { LibraryService } from '../core/library/library-service';
