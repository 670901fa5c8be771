// A reader turns one file's bytes into the plain text of one or more bulletins.
// Each file format (text today; HTML, e-mail, Word, PDF later) is one reader behind this interface.

export interface ReaderInput {
  /** Path relative to the library folder, '/' separators (for messages). */
  file: string;
  bytes: Uint8Array;
}

export interface ReadDocument {
  /** The bulletin's text with line structure kept: one paragraph or heading per line, blank lines between. */
  text: string;
  /** Hints from the container when the text itself may lack them (an e-mail's Subject and Date). */
  titleHint?: string;
  dateHint?: string;
  /** The e-mail's sender ('IJM Prayer <prayer@ijm.org>'), which names the organisation. */
  fromHint?: string;
}

export interface ReadResult {
  documents: ReadDocument[];
  /** The character encoding the bytes were decoded from, e.g. 'utf-8', 'utf-16le', 'windows-1252'. */
  encoding: string;
  warnings: string[];
}

export interface BulletinReader {
  /** Lower-case file extensions with the dot, e.g. ['.txt', '.md']. */
  readonly extensions: readonly string[];
  /** Throws ReadError (plain-words message) when the file cannot be understood. */
  read(input: ReaderInput): Promise<ReadResult>;
}

/** A problem with one file, with a message a non-technical user can act on. */
export class ReadError extends Error {
  override name = 'ReadError';
}
