import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { JailPath, Resolved } from './jail.js';
import {
  isInside,
  openedPath,
  refusalFromFsError,
  resolveInside,
  serialized,
  validateRelPath,
  workspaceUsage,
} from './jail.js';
import type { Refusal } from './outcome.js';
import { isRefusal, refuse } from './outcome.js';

/** Limits of the file editor. */
export interface FileEditorOptions {
  /** Largest file, bytes. @default 1 MiB */
  readonly maxFileBytes?: number;
  /** Total bytes in one workspace. @default 20 MiB */
  readonly maxWorkspaceBytes?: number;
  /** Files (and directories) in one workspace. @default 1000 */
  readonly maxFiles?: number;
  /** Longest relative path, characters. @default 255 */
  readonly maxPathChars?: number;
}

/** One entry of a listed directory; symlinks are listed as files of size 0 and never followed. */
export interface FileEntry {
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly sizeBytes: number;
}

/** A file editor jailed to one workspace directory per call. */
export interface FileEditor {
  /** Reads a UTF-8 file (invalid sequences become U+FFFD). */
  read(workspace: string, relPath: string): Promise<{ content: string; sizeBytes: number } | Refusal>;
  /** Replaces (or creates) a file atomically, creating parent directories. */
  write(workspace: string, relPath: string, content: string): Promise<{ sizeBytes: number } | Refusal>;
  /** Appends to (or creates) a file atomically; `sizeBytes` is the new size. */
  append(workspace: string, relPath: string, content: string): Promise<{ sizeBytes: number } | Refusal>;
  /** Lists one directory (default the workspace root), sorted by path, without recursion. */
  list(workspace: string, relPath?: string): Promise<{ entries: FileEntry[] } | Refusal>;
  /** Removes a file, a symlink (never its target) or an empty directory; never the workspace root. */
  remove(workspace: string, relPath: string): Promise<{ removed: true } | Refusal>;
}

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK, O_DIRECTORY } = fs.constants;

interface Located {
  readonly root: string;
  readonly path: JailPath;
}

async function locate(workspace: string, relPath: unknown, maxPathChars: number): Promise<Located | Refusal> {
  const jailPath = validateRelPath(relPath, maxPathChars);
  if (isRefusal(jailPath)) return jailPath;
  try {
    const root = await fsp.realpath(workspace);
    if (!(await fsp.stat(root)).isDirectory())
      return refuse('invalid_path', `workspace ${root} is not a directory`);
    return { root, path: jailPath };
  } catch {
    return refuse('invalid_path', `workspace ${workspace} does not exist`);
  }
}

/** Refusals for an existing target of read, write and append: only plain, singly linked files qualify. */
function refuseExisting(stat: fs.Stats, file: string): Refusal | null {
  if (stat.isSymbolicLink())
    return refuse('path_outside_workspace', `${file} is a symbolic link; never followed`);
  if (stat.isDirectory()) return refuse('invalid_path', `${file} is a directory`);
  if (!stat.isFile()) return refuse('invalid_path', `${file} is not a regular file (FIFO, socket or device)`);
  // A hard link made beforehand (e.g. by a shell in the workspace) shares an inode that may live outside;
  // path checks cannot see that, so any file with a second name is refused.
  if (stat.nlink > 1) return refuse('path_outside_workspace', `${file} has ${stat.nlink} hard links`);
  return null;
}

async function checkOpened(handle: FileHandle, root: string, file: string): Promise<Refusal | null> {
  const where = await openedPath(handle.fd);
  if (where !== null && !isInside(root, where)) {
    return refuse('path_outside_workspace', `${file} was opened at ${where}, outside the workspace`);
  }
  return null;
}

async function readJailed(root: string, file: string, maxBytes: number): Promise<Buffer | Refusal> {
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: the last component swapped for a symlink after resolution fails with ELOOP;
    // O_NONBLOCK: a FIFO planted in the workspace cannot hang the tool.
    handle = await fsp.open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    return refusalFromFsError(error, file);
  }
  try {
    const stat = await handle.stat();
    const refusal = (await checkOpened(handle, root, file)) ?? refuseExisting(stat, file);
    if (refusal) return refusal;
    if (stat.size > maxBytes)
      return refuse('file_too_large', `${file} has ${stat.size} bytes, max ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total === buffer.length) return refuse('file_too_large', `${file} grew while being read`);
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** Writes to a temp file beside the target, then renames: a refused or failed write leaves the old file. */
async function replaceJailed(root: string, file: string, bytes: Buffer): Promise<Refusal | null> {
  const temp = path.join(path.dirname(file), `.rampart-${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  let renamed = false;
  try {
    handle = await fsp.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    const refusal = await checkOpened(handle, root, temp);
    if (refusal) return refusal;
    await handle.writeFile(bytes);
    await handle.close();
    handle = undefined;
    // rename replaces a symlink swapped in at `file` instead of writing through it.
    await fsp.rename(temp, file);
    renamed = true;
    return null;
  } catch (error) {
    return refusalFromFsError(error, file);
  } finally {
    await handle?.close();
    if (!renamed) await fsp.unlink(temp).catch(() => undefined);
  }
}

/** Creates the jailed file editor; every operation is serialised per workspace (in this process). */
export function createFileEditor(options: FileEditorOptions = {}): FileEditor {
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  const maxWorkspaceBytes = options.maxWorkspaceBytes ?? 20 * 1024 * 1024;
  const maxFiles = options.maxFiles ?? 1000;
  const maxPathChars = options.maxPathChars ?? 255;

  async function jailed<T>(
    workspace: string,
    relPath: unknown,
    task: (root: string, jailPath: JailPath) => Promise<T | Refusal>,
  ): Promise<T | Refusal> {
    const located = await locate(workspace, relPath, maxPathChars);
    if (isRefusal(located)) return located;
    return serialized(located.root, () => task(located.root, located.path));
  }

  async function resolveFile(root: string, jailPath: JailPath, verb: string): Promise<Resolved | Refusal> {
    if (jailPath.segments.length === 0) return refuse('invalid_path', `cannot ${verb} the workspace root`);
    return resolveInside(root, jailPath.segments);
  }

  async function store(workspace: string, relPath: string, content: string, appending: boolean) {
    if (typeof content !== 'string') return refuse('invalid_path', 'content is not a string');
    const added = Buffer.from(content, 'utf8');
    if (added.length > maxFileBytes)
      return refuse('file_too_large', `${added.length} bytes, max ${maxFileBytes}`);
    return jailed(workspace, relPath, async (root, jailPath) => {
      const resolved = await resolveFile(root, jailPath, appending ? 'append to' : 'write');
      if (isRefusal(resolved)) return resolved;
      const { target, stat, missingDirs } = resolved;
      const existing = stat && refuseExisting(stat, target);
      if (existing) return existing;
      const old = stat && appending ? await readJailed(root, target, maxFileBytes) : Buffer.alloc(0);
      if (isRefusal(old)) return old;
      const bytes = Buffer.concat([old, added]);
      if (bytes.length > maxFileBytes) {
        return refuse('file_too_large', `${target} would have ${bytes.length} bytes, max ${maxFileBytes}`);
      }
      const usage = await workspaceUsage(root, maxFiles);
      const entries = usage.entries + (stat ? 0 : 1 + missingDirs.length);
      const total = usage.bytes - (stat?.size ?? 0) + bytes.length;
      if (entries > maxFiles) {
        return refuse('workspace_quota_exceeded', `workspace would have ${entries} entries, max ${maxFiles}`);
      }
      if (total > maxWorkspaceBytes) {
        return refuse(
          'workspace_quota_exceeded',
          `workspace would have ${total} bytes, max ${maxWorkspaceBytes}`,
        );
      }
      try {
        for (const dir of missingDirs) await fsp.mkdir(dir, { mode: 0o700 });
      } catch (error) {
        return refusalFromFsError(error, target);
      }
      return (await replaceJailed(root, target, bytes)) ?? { sizeBytes: bytes.length };
    });
  }

  return {
    read: (workspace, relPath) =>
      jailed(workspace, relPath, async (root, jailPath) => {
        const resolved = await resolveFile(root, jailPath, 'read');
        if (isRefusal(resolved)) return resolved;
        if (resolved.stat === null) return refuse('file_not_found', `${resolved.target} does not exist`);
        const bytes = await readJailed(root, resolved.target, maxFileBytes);
        return isRefusal(bytes) ? bytes : { content: bytes.toString('utf8'), sizeBytes: bytes.length };
      }),
    write: (workspace, relPath, content) => store(workspace, relPath, content, false),
    append: (workspace, relPath, content) => store(workspace, relPath, content, true),
    list: (workspace, relPath = '.') =>
      jailed(workspace, relPath, async (root, jailPath) => {
        let dir = root;
        if (jailPath.segments.length > 0) {
          const resolved = await resolveInside(root, jailPath.segments);
          if (isRefusal(resolved)) return resolved;
          if (resolved.stat === null) return refuse('file_not_found', `${resolved.target} does not exist`);
          if (resolved.stat.isSymbolicLink()) {
            return refuse('path_outside_workspace', `${resolved.target} is a symbolic link; never followed`);
          }
          dir = resolved.target;
        }
        let handle: FileHandle;
        try {
          handle = await fsp.open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        } catch (error) {
          return refusalFromFsError(error, dir);
        }
        try {
          const where = await openedPath(handle.fd);
          if (where !== null && !isInside(root, where)) {
            return refuse('path_outside_workspace', `${dir} was opened at ${where}, outside the workspace`);
          }
          // Listing through the descriptor reads the directory that was checked, even if `dir` is swapped.
          const source = where === null ? dir : `/proc/self/fd/${handle.fd}`;
          const entries: FileEntry[] = [];
          for (const entry of await fsp.readdir(source, { withFileTypes: true })) {
            const isFile = entry.isFile();
            entries.push({
              path: [...jailPath.segments, entry.name].join('/'),
              type: entry.isDirectory() ? 'directory' : 'file',
              sizeBytes: isFile ? (await fsp.lstat(path.join(source, entry.name))).size : 0,
            });
          }
          entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
          return { entries };
        } finally {
          await handle.close();
        }
      }),
    remove: (workspace, relPath) =>
      jailed(workspace, relPath, async (root, jailPath) => {
        const resolved = await resolveFile(root, jailPath, 'remove');
        if (isRefusal(resolved)) return resolved;
        const { target, stat } = resolved;
        if (stat === null) return refuse('file_not_found', `${target} does not exist`);
        try {
          // unlink and rmdir act on the final component itself: removing a symlink never touches its target.
          if (stat.isDirectory()) await fsp.rmdir(target);
          else await fsp.unlink(target);
        } catch (error) {
          return refusalFromFsError(error, target);
        }
        return { removed: true as const };
      }),
  };
}
