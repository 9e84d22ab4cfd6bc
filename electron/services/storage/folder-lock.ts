// One writer per data folder: the app and every CLI command that writes take this lock first, so two
// processes never write the same folder at once (two writers lose each other's index entries). The lock is a
// directory created atomically by proper-lockfile and kept fresh while held; an owner file beside it says who
// holds it, so a refused writer can name them. A lock whose holder is gone is taken over: at once when the
// owner file names a process on this computer that no longer runs, otherwise once it has gone stale.
import lockfile from 'proper-lockfile';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors';
import { writeFileAtomic } from './atomic-file';

export const LOCK_NAME = 'mamori.lock';
export const LOCK_OWNER_FILE = 'lock-owner.json';
/** A holder refreshes the lock every STALE_MS / 2; one that has not for this long is gone. */
export const STALE_MS = 20_000;
/** How long a writer waits for another that is just finishing before it refuses. */
export const HOLDER_GRACE_MS = 750;

export type LockOwner = { program: string; pid: number; host: string; since: string; /** Which lock directory it describes. */ lock: string };

export type FolderLock = {
  readonly root: string;
  readonly owner: LockOwner;
  /** Throws when the lock was lost (another process took the folder over); call before every write. */
  check(): void;
  release(): void;
};

export class FolderInUseError extends UserError {
  constructor(root: string, owner: LockOwner | null) {
    super(
      owner
        ? { code: 'folder.in-use', params: { path: root, program: owner.program, pid: owner.pid, host: owner.host, since: owner.since } }
        : { code: 'folder.in-use-unknown', params: { path: root } },
    );
  }
}

export function readLockOwner(root: string): LockOwner | null {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(root, LOCK_OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.program !== 'string' || typeof value.since !== 'string' || typeof value.lock !== 'string') return null;
    return value as LockOwner;
  } catch {
    return null;
  }
}

/**
 * Removes a lock whose holder is provably gone. Two processes may find the same dead holder at once: the
 * removal happens under a second, short-lived lock and re-checks the holder inside it, so the second
 * process never removes the lock the first one has just taken.
 */
function takeOverIfGone(root: string, lockPath: string): boolean {
  const guard = `${lockPath}.takeover`;
  try {
    fs.mkdirSync(guard);
  } catch {
    // Someone else is taking over right now, or crashed doing so long ago (then the guard is stale).
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs < STALE_MS) return false;
      fs.rmSync(guard, { recursive: true, force: true });
      fs.mkdirSync(guard);
    } catch {
      return false;
    }
  }
  try {
    if (!holderIsGone(root, lockPath)) return false;
    fs.rmSync(lockPath, { recursive: true, force: true });
    return true;
  } finally {
    fs.rmSync(guard, { recursive: true, force: true });
  }
}

/**
 * The folder is held. A holder that is gone is taken over; one that is just finishing (another CLI command)
 * gets a moment to let go; one that keeps it (the app) is named in the refusal.
 */
function acquireAfterHolder(root: string, lockPath: string, acquire: () => () => void): () => void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited <= HOLDER_GRACE_MS; waited += 25) {
    if (takeOverIfGone(root, lockPath) || !fs.existsSync(lockPath)) {
      try {
        return acquire();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      }
    }
    Atomics.wait(pause, 0, 0, 25);
  }
  throw new FolderInUseError(root, ownerOnceKnown(root, lockPath));
}

/**
 * The owner, waiting a moment if the lock is so new its holder has not written the owner file yet: a refused
 * writer should be able to say who holds the folder.
 */
function ownerOnceKnown(root: string, lockPath: string): LockOwner | null {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 500; waited += 25) {
    const owner = currentOwner(root, lockPath);
    if (owner || !fs.existsSync(lockPath)) return owner;
    Atomics.wait(pause, 0, 0, 25);
  }
  return currentOwner(root, lockPath);
}

/** The owner of the lock as it is now, or null when the owner file describes another (older) lock. */
function currentOwner(root: string, lockPath: string): LockOwner | null {
  const owner = readLockOwner(root);
  return owner && owner.lock === lockIdentity(lockPath) ? owner : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The identity of one lock directory. The owner file records it, so an owner file left by an earlier holder
 * is never taken to describe a newer lock whose holder has not written its own yet.
 */
function lockIdentity(lockPath: string): string | null {
  try {
    const stat = fs.statSync(lockPath, { bigint: true });
    return `${stat.ino}:${stat.birthtimeNs}`;
  } catch {
    return null;
  }
}

/** The holder of this very lock is provably gone: same computer, and its process has ended. */
function holderIsGone(root: string, lockPath: string): boolean {
  const owner = readLockOwner(root);
  return (
    owner !== null &&
    owner.lock === lockIdentity(lockPath) &&
    owner.host === os.hostname() &&
    owner.pid !== process.pid &&
    !isRunning(owner.pid)
  );
}

export function lockDataFolder(root: string, program: string, options: { now?: () => Date } = {}): FolderLock {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const lockPath = path.join(root, LOCK_NAME);
  let compromised: Error | null = null;
  const acquire = () =>
    lockfile.lockSync(root, {
      lockfilePath: lockPath,
      realpath: false,
      stale: STALE_MS,
      onCompromised: (error) => {
        compromised = error;
      },
    });
  let release: () => void;
  try {
    release = acquire();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    release = acquireAfterHolder(root, lockPath, acquire);
  }
  const owner: LockOwner = {
    program,
    pid: process.pid,
    host: os.hostname(),
    since: (options.now?.() ?? new Date()).toISOString(),
    lock: lockIdentity(lockPath) ?? '',
  };
  writeFileAtomic(path.join(root, LOCK_OWNER_FILE), JSON.stringify(owner));
  let released = false;
  return {
    root,
    owner,
    check() {
      if (released || compromised) throw new UserError('folder.lock-lost', { path: root });
    },
    release() {
      if (released) return;
      released = true;
      // The owner file goes first: a reader of a half-released lock finds no owner, never a wrong one.
      if (readLockOwner(root)?.pid === process.pid) fs.rmSync(path.join(root, LOCK_OWNER_FILE), { force: true });
      try {
        release();
      } catch {
        // Already released or taken over: nothing of ours is left to remove.
      }
    },
  };
}
