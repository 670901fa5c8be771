// The real file and search functions. Kept in their own module so the service and the loader can be
// tested with fakes without loading the parser or Lunr; the service imports this lazily when nothing
// is injected, the worker imports it directly.
import { createSearchEngine, loadSearchEngine } from '../search/lunr-engine';
import type { LoaderDeps, SearchEngines } from './library-loader';
import { listBulletinFiles, readBulletinFile } from './scan-folder';
import { readMailboxFile } from '../mailbox/read-mailbox';

export const defaultLoaderDeps: LoaderDeps = {
  listBulletinFiles,
  readBulletinFile,
  createSearchEngine,
  readMailbox: (root, entry, options) => readMailboxFile(root, entry.file, options),
};

export const defaultSearchEngines: SearchEngines = { create: createSearchEngine, load: loadSearchEngine };
