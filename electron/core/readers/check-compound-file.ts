// An Outlook .msg file is a "compound file": a small file system of sector chains. @kenjiuno/msgreader
// follows those chains trusting the file, so a damaged or hostile one with a chain that loops back on
// itself would keep it busy forever, and a stream claiming gigabytes would be allocated. Before the file is
// handed over, this walks every chain msgreader will walk, in the same way, and refuses loops, references
// outside the file and sizes larger than the file. It only reads.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = -2;
const UNUSED = -1;
const NO_INDEX = -1;
const ENTRY_SIZE = 128;
const SMALL_BLOCK = 64;
const SMALL_STREAM_LIMIT = 4096;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

/** Thrown for a structure msgreader must not be given; the message is for logs, the reader rewords it. */
export class CompoundFileError extends Error {
  override name = 'CompoundFileError';
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

interface Entry {
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** Throws CompoundFileError unless every chain and tree msgreader walks in `bytes` is finite and in bounds. */
export function checkCompoundFile(bytes: Uint8Array): void {
  if (!isCompoundFile(bytes)) throw new CompoundFileError('no compound-file signature');
  if (bytes.length < 512) throw new CompoundFileError('shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (offset: number): number => {
    if (offset < 0 || offset + 4 > bytes.length) throw new CompoundFileError('read past the end');
    return view.getInt32(offset, true);
  };
  const blockSize = bytes[30] === 12 ? 4096 : 512;
  const perBlock = blockSize / 4;
  const blocks = Math.ceil(bytes.length / blockSize);
  const blockOffset = (block: number) => (block + 1) * blockSize;
  const inCount = (n: number) => n >= 0 && n <= blocks;

  const batCount = int(0x2c);
  const propertyStart = int(0x30);
  const sbatStart = int(0x3c);
  const sbatCount = int(0x40);
  const xbatStart = int(0x44);
  const xbatCount = int(0x48);
  if (!inCount(batCount) || !inCount(sbatCount) || !inCount(xbatCount)) {
    throw new CompoundFileError('table counts larger than the file');
  }

  // The sector allocation table's own sectors: up to 109 in the header, the rest in a chain of extra sectors.
  const headerBats = Math.min(batCount, (512 - 0x4c) / 4);
  const bat: number[] = [];
  for (let i = 0; i < headerBats; i++) bat.push(int(0x4c + 4 * i));
  let remaining = batCount - headerBats;
  let next = xbatStart;
  const seenXbat = new Set<number>();
  for (let i = 0; i < xbatCount && remaining > 0; i++) {
    if (next < 0 || next >= blocks || seenXbat.has(next))
      throw new CompoundFileError('bad extra table chain');
    seenXbat.add(next);
    const take = Math.min(remaining, perBlock - 1);
    for (let j = 0; j < take; j++) {
      const at = int(blockOffset(next) + 4 * j);
      if (at === UNUSED || at === END_OF_CHAIN) break;
      bat.push(at);
    }
    remaining -= take;
    next = int(blockOffset(next) + 4 * (perBlock - 1));
    if (next === UNUSED || next === END_OF_CHAIN) break;
  }

  const nextIn = (table: readonly number[], offset: number): number => {
    const sector = table[Math.floor(offset / perBlock)];
    if (sector === undefined) return END_OF_CHAIN;
    return int(blockOffset(sector) + 4 * (offset % perBlock));
  };
  /** The sectors of a chain, refusing loops and chains longer than the file. */
  const chain = (start: number, table: readonly number[], limit: number): number[] => {
    const seen = new Set<number>();
    const out: number[] = [];
    for (let at = start; at !== END_OF_CHAIN; at = nextIn(table, at)) {
      if (seen.has(at) || out.length > limit) throw new CompoundFileError('a sector chain loops');
      seen.add(at);
      out.push(at);
    }
    return out;
  };

  const sbat: number[] = [];
  for (let i = 0, at = sbatStart; i < sbatCount && at && at !== END_OF_CHAIN; i++) {
    sbat.push(at);
    at = nextIn(bat, at);
  }

  const directory = chain(propertyStart, bat, blocks);
  const entries: (Entry | null)[] = [];
  for (const sector of directory) {
    for (let k = 0; k < blockSize / ENTRY_SIZE; k++) {
      const at = blockOffset(sector) + k * ENTRY_SIZE;
      if (at + 0x42 >= bytes.length) break;
      const type = bytes[at + 0x42]!;
      if (type !== TYPE_STORAGE && type !== TYPE_STREAM && type !== TYPE_ROOT) {
        entries.push(null);
        continue;
      }
      entries.push({
        type,
        left: int(at + 0x44),
        right: int(at + 0x48),
        child: int(at + 0x4c),
        start: int(at + 0x74),
        size: int(at + 0x78),
      });
    }
  }
  const root = entries[0];
  if (!root) throw new CompoundFileError('no root entry');

  // The tree of storages and streams: every entry reached at most once, every index in range.
  const visited = new Set<number>([0]);
  const walkChildren = (parent: Entry) => {
    if (parent.child === NO_INDEX) return;
    const pending = [parent.child];
    while (pending.length > 0) {
      const index = pending.pop()!;
      const entry = entries[index];
      if (!entry || visited.has(index)) throw new CompoundFileError('the directory tree loops');
      visited.add(index);
      if (entry.type === TYPE_STORAGE) walkChildren(entry);
      if (entry.right !== NO_INDEX) pending.push(entry.right);
      if (entry.left !== NO_INDEX) pending.push(entry.left);
    }
  };
  walkChildren(root);

  const miniStream = chain(root.start, bat, blocks);
  let total = 0;
  for (const index of visited) {
    const entry = entries[index]!;
    if (entry.type !== TYPE_STREAM || entry.size === 0) continue;
    if (entry.size < 0 || entry.size > bytes.length)
      throw new CompoundFileError('a stream is larger than the file');
    total += entry.size;
    if (entry.size < SMALL_STREAM_LIMIT) {
      for (const small of chain(entry.start, sbat, (miniStream.length * blockSize) / SMALL_BLOCK)) {
        if (Math.floor((small * SMALL_BLOCK) / blockSize) >= miniStream.length) {
          throw new CompoundFileError('a small stream points outside the mini stream');
        }
      }
    } else {
      const sectors = Math.ceil(entry.size / blockSize);
      let at = entry.start;
      for (let i = 0; i < sectors; i++) {
        if (at < 0 || at >= blocks) throw new CompoundFileError('a stream points outside the file');
        at = nextIn(bat, at);
      }
    }
  }
  // Streams do not overlap in a real file; their sizes adding up to far more than the file means trouble.
  if (total > bytes.length * 2 + 65536) throw new CompoundFileError('streams add up to more than the file');
}
