// The container of an Outlook .msg (MS-CFB) walked once before msgreader reads it. msgreader
// follows sector chains and the directory's sibling links until they end, and a damaged or
// hostile file whose chain or tree loops back on itself kept it busy for ever (a FAT entry
// pointing at its own sector, a directory entry that is its own sibling). Here every chain
// msgreader follows is walked with each sector claimed at most once, and the directory tree
// with each entry visited at most once, so this pass is linear in the file and what it lets
// through ends. The answer is why the file is damaged, or undefined.

export type CfbDamage = "truncated" | "chainLoop" | "chainOutside" | "treeLoop";

const END_OF_CHAIN = -2;
const FREE = -1;
const NO_INDEX = -1;
const ENTRY_SIZE = 128;
const MINI_SECTOR = 64;
const MINI_STREAM_CUTOFF = 4096;
const HEADER_FAT_SLOTS = 109;

class Damaged extends Error {
  constructor(readonly damage: CfbDamage) {
    super(damage);
  }
}

class Container {
  readonly view: DataView;
  readonly sectorSize: number;
  readonly sectors: number;
  readonly fat: number[] = [];
  /**
   * Which chain walked each sector. A chain that meets itself loops; one that runs into a sector
   * an earlier chain walked goes on as that one did, to its end, and need not be walked further:
   * so each sector is walked once in all.
   */
  readonly walked: Int32Array;
  private chains = 0;

  constructor(readonly bytes: Uint8Array) {
    if (bytes.length < 512) throw new Damaged("truncated");
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.sectorSize = bytes[30] === 0x0c ? 4096 : 512;
    this.sectors = Math.max(0, Math.ceil(bytes.length / this.sectorSize) - 1);
    this.walked = new Int32Array(this.sectors);
  }

  int(offset: number): number {
    if (offset < 0 || offset + 4 > this.bytes.length) throw new Damaged("truncated");
    return this.view.getInt32(offset, true);
  }

  offsetOf(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  inFile(sector: number): void {
    if (sector < 0) throw new Damaged("chainOutside");
    // A sector past the end is most often a file cut short in a copy or a download.
    if (sector >= this.sectors) throw new Damaged("truncated");
  }

  newChain(): number {
    return ++this.chains;
  }

  /** msgreader's next sector: a FAT slot it has no FAT sector for reads as the end. */
  next(sector: number, table: readonly number[]): number {
    const perSector = this.sectorSize / 4;
    const holder = table[Math.floor(sector / perSector)];
    if (holder === undefined) return END_OF_CHAIN;
    return this.int(this.offsetOf(holder) + 4 * (sector % perSector));
  }

  /** Walks a chain in the FAT or the mini FAT (`walked` and `size` for the latter); one that loops or leaves the file is damage. */
  walk(start: number, table: readonly number[], walked: Int32Array = this.walked, size = this.sectors): void {
    const id = this.newChain();
    for (let s = start, first = true; s !== END_OF_CHAIN; s = this.next(s, table), first = false) {
      if (s === FREE && !first) return;
      if (walked === this.walked) this.inFile(s);
      // A stream's mini chain that leaves the mini stream ends there for msgreader too: that stream reads as garbage, the item may still be read.
      else if (s < 0 || s >= size) return;
      if (walked[s] === id) throw new Damaged("chainLoop");
      if (walked[s] !== 0) return;
      walked[s] = id;
    }
  }
}

function readFat(c: Container, count: number, xStart: number, xCount: number): void {
  for (let i = 0; i < Math.min(count, HEADER_FAT_SLOTS); i++) c.fat.push(c.int(76 + 4 * i));
  let remaining = count - Math.min(count, HEADER_FAT_SLOTS);
  const perBlock = c.sectorSize / 4 - 1;
  let at = xStart;
  const id = c.newChain();
  for (let i = 0; i < xCount && remaining > 0; i++) {
    c.inFile(at);
    if (c.walked[at] === id) throw new Damaged("chainLoop");
    c.walked[at] = id;
    for (let j = 0; j < Math.min(remaining, perBlock); j++) {
      const sector = c.int(c.offsetOf(at) + 4 * j);
      if (sector === FREE || sector === END_OF_CHAIN) break;
      c.fat.push(sector);
    }
    remaining -= perBlock;
    at = c.int(c.offsetOf(at) + 4 * perBlock);
    if (at === FREE || at === END_OF_CHAIN) break;
  }
  for (const sector of c.fat) if (sector < 0 || sector >= c.sectors) throw new Damaged(sector < 0 ? "chainOutside" : "truncated");
}

interface Entry {
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

function entries(c: Container, directory: readonly number[]): Entry[] {
  const out: Entry[] = [];
  for (const sector of directory) {
    for (let at = c.offsetOf(sector); at + ENTRY_SIZE <= c.offsetOf(sector) + c.sectorSize && at + ENTRY_SIZE <= c.bytes.length; at += ENTRY_SIZE) {
      const type = c.bytes[at + 66];
      const used = type === 1 || type === 2 || type === 5;
      out.push(used ? { type, left: c.int(at + 68), right: c.int(at + 72), child: c.int(at + 76), start: c.int(at + 116), size: c.int(at + 120) } : { type, left: NO_INDEX, right: NO_INDEX, child: NO_INDEX, start: 0, size: 0 });
    }
  }
  return out;
}

/** The entries reachable from the root, each once; a link back to one already seen is a loop. */
function reachable(list: readonly Entry[]): number[] {
  const seen = new Uint8Array(list.length);
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const index = stack.pop() as number;
    if (index === NO_INDEX) continue;
    if (index < 0 || index >= list.length) throw new Damaged("chainOutside");
    if (seen[index]) throw new Damaged("treeLoop");
    seen[index] = 1;
    order.push(index);
    const entry = list[index];
    // msgreader follows a child link only from a storage or the root, as MS-CFB means it.
    stack.push(entry.left, entry.right, entry.type === 1 || entry.type === 5 ? entry.child : NO_INDEX);
  }
  return order;
}

function directorySectors(c: Container, start: number): number[] {
  const out: number[] = [];
  const id = c.newChain();
  for (let s = start; s !== END_OF_CHAIN; s = c.next(s, c.fat)) {
    c.inFile(s);
    if (c.walked[s] === id) throw new Damaged("chainLoop");
    c.walked[s] = id;
    out.push(s);
  }
  return out;
}

function check(bytes: Uint8Array): void {
  const c = new Container(bytes);
  readFat(c, c.int(44), c.int(68), c.int(72));
  const list = entries(c, directorySectors(c, c.int(48)));
  if (list.length === 0) throw new Damaged("truncated");
  const order = reachable(list);
  // msgreader reads no mini FAT when its start is sector 0, as it reads it.
  const miniStart = c.int(60);
  const miniFat: number[] = [];
  if (miniStart !== 0) {
    const id = c.newChain();
    for (let s = miniStart, i = 0; i < c.int(64) && s !== END_OF_CHAIN; s = c.next(s, c.fat), i++) {
      c.inFile(s);
      if (c.walked[s] === id) throw new Damaged("chainLoop");
      c.walked[s] = id;
      miniFat.push(s);
    }
  }
  c.walk(list[0].start, c.fat);
  // At most as many mini sectors as the file could hold; a chain beyond them leaves the file.
  const miniSize = (c.sectors * c.sectorSize) / MINI_SECTOR;
  const miniWalked = new Int32Array(miniSize);
  for (const index of order.slice(1)) {
    const entry = list[index];
    if (entry.type !== 2 || entry.size <= 0) continue;
    if (entry.size < MINI_STREAM_CUTOFF) c.walk(entry.start, miniFat, miniWalked, miniSize);
    else if (entry.size > bytes.length) throw new Damaged("truncated");
  }
}

/** Why the container is damaged, or undefined when msgreader may read it. */
export function cfbDamage(bytes: Uint8Array): CfbDamage | undefined {
  try {
    check(bytes);
    return undefined;
  } catch (e) {
    if (e instanceof Damaged) return e.damage;
    throw e;
  }
}
