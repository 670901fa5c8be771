// Keeps the user's thread choices in userData/threads.json, never in the bulletin folder. Written atomically
// (temp file, fsync, rename). A damaged file is set aside (threads.corrupt-<time>.json, kept for support),
// reported once, and the choices start over empty: never a crash.
import path from 'node:path';
import { z } from 'zod';
import { fileErrorCode, readJsonWithRecovery, writeJsonAtomic, writeProblem } from '../library/atomic-file';
import type { ThreadChoices } from './thread-choices';
import { EMPTY_CHOICES, normaliseChoices, threadChoicesSchema } from './thread-choices';

export const THREAD_CHOICES_FILE = 'threads.json';
export const THREAD_CHOICES_VERSION = 1;

const fileSchema = z.object({
  version: z.literal(THREAD_CHOICES_VERSION),
  choices: threadChoicesSchema,
});

export interface ThreadChoicesRead {
  choices: ThreadChoices;
  /** For the user, when the file was damaged and set aside; null otherwise. */
  problem: string | null;
}

export interface ThreadChoicesStore {
  readonly file: string;
  load(): Promise<ThreadChoicesRead>;
  /** Resolves once the choices are on disk; rejects with a plain-words message otherwise. */
  save(choices: ThreadChoices): Promise<void>;
}

export function threadChoicesFile(userDataDir: string): string {
  return path.join(userDataDir, THREAD_CHOICES_FILE);
}

export function createThreadChoicesStore(options: { file: string; now?: () => Date }): ThreadChoicesStore {
  const { file } = options;
  return {
    file,
    async load() {
      let read;
      try {
        read = await readJsonWithRecovery(file, (raw) => fileSchema.parse(raw), {
          onCorrupt: 'keep-aside',
          now: options.now,
        });
      } catch (error) {
        // Not about the content (no permission, say): start with no choices rather than no app.
        return {
          choices: EMPTY_CHOICES,
          problem: `Your thread choices could not be read (${fileErrorCode(error)}); they are not shown for now.`,
        };
      }
      if (read.corrupt !== null) {
        return {
          choices: EMPTY_CHOICES,
          problem: `Your thread choices were damaged and could not be used. The file was kept as ${read.backup ?? file}.`,
        };
      }
      return { choices: read.value ? normaliseChoices(read.value.choices) : EMPTY_CHOICES, problem: null };
    },
    async save(choices) {
      try {
        await writeJsonAtomic(file, { version: THREAD_CHOICES_VERSION, choices });
      } catch (error) {
        throw new Error(`Your thread choice could not be saved (${writeProblem(error)}).`);
      }
    },
  };
}
