import { appendFile, chmod, mkdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SecurityEvent } from '../store/security-events-repository.js';

/** The security log's file name inside DATA_DIR. */
export const AUDIT_FILE_NAME = 'security.log';

/** Size at which `security.log` is rotated by default (10 MiB). */
export const DEFAULT_AUDIT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** How many rotated files (`security.log.1` … `.5`) are kept by default. */
export const DEFAULT_AUDIT_FILE_KEEP = 5;

/** Where write failures are reported (a pino or Fastify logger fits). */
export interface AuditLogger {
  error(obj: Record<string, unknown>, msg: string): void;
}

/** Options for `createAuditFile`. */
export interface AuditFileOptions {
  /** The directory (DATA_DIR); created with mode 0700 when missing. */
  readonly dir: string;
  /** Rotate before a write would take the file past this many bytes. */
  readonly maxBytes?: number | undefined;
  /** Rotated files kept: `security.log.1` (newest) … `security.log.<keep>`. */
  readonly keep?: number | undefined;
  readonly logger?: AuditLogger | undefined;
}

/** One event as a JSON line (no newline), the format of `security.log`, `audit tail` and `audit export`. */
export function toAuditLine(event: SecurityEvent): string {
  return JSON.stringify({
    seq: event.seq,
    id: event.id,
    occurred_at: event.occurredAt,
    type: event.type,
    severity: event.severity,
    user_id: event.userId,
    ip: event.ip,
    request_id: event.requestId,
    detail: event.detail,
    prev_hash: event.prevHash,
    hash: event.hash,
  });
}

/**
 * An append-only JSON-lines file with size-based rotation. `write` queues a line and returns at once;
 * lines reach the file in the order written (queued lines go out in batches). A failed write is
 * reported to the logger and its lines are dropped; nothing is ever thrown to the caller.
 */
export function createAuditFile(options: AuditFileOptions) {
  const file = path.join(options.dir, AUDIT_FILE_NAME);
  const maxBytes = options.maxBytes ?? DEFAULT_AUDIT_FILE_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_AUDIT_FILE_KEEP;
  let queue: string[] = [];
  let draining: Promise<void> | null = null;
  let prepared = false;

  async function prepare(): Promise<void> {
    if (prepared) return;
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    // appendFile's mode applies only to a new file; tighten one that already exists.
    await chmod(file, 0o600).catch(ignoreMissing);
    prepared = true;
  }

  async function rotate(): Promise<void> {
    if (keep < 1) {
      await unlink(file).catch(ignoreMissing);
      return;
    }
    for (let i = keep; i >= 1; i -= 1) {
      const from = i === 1 ? file : `${file}.${i - 1}`;
      await rename(from, `${file}.${i}`).catch(ignoreMissing);
    }
  }

  async function writeLines(lines: string[]): Promise<void> {
    await prepare();
    // Re-read the size for every batch: another process (the CLI) may append to the same file.
    let size = await stat(file).then(
      (s) => s.size,
      (error: unknown) => (isMissing(error) ? 0 : Promise.reject(error)),
    );
    let batch = '';
    let batchBytes = 0;
    for (const line of lines) {
      const text = `${line}\n`;
      const bytes = Buffer.byteLength(text);
      if (size + batchBytes > 0 && size + batchBytes + bytes > maxBytes) {
        if (batch) await appendFile(file, batch, { mode: 0o600 });
        await rotate();
        size = 0;
        batch = '';
        batchBytes = 0;
      }
      batch += text;
      batchBytes += bytes;
    }
    if (batch) await appendFile(file, batch, { mode: 0o600 });
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const lines = queue;
      queue = [];
      try {
        await writeLines(lines);
      } catch (error) {
        prepared = false;
        const report = { err: error, file, lost: lines.length };
        if (options.logger) options.logger.error(report, 'security log file could not be written');
        else process.stderr.write(`security log file ${file} could not be written: ${String(error)}\n`);
      }
    }
    draining = null;
  }

  return {
    /** The file's path. */
    path: file,

    /** Queues one line (without its newline). */
    write(line: string): void {
      queue.push(line);
      draining ??= drain();
    },

    /** Resolves once every line queued so far has been written (or reported as lost). */
    async flush(): Promise<void> {
      while (draining) await draining;
    },
  };
}

/** The audit file's type. */
export type AuditFile = ReturnType<typeof createAuditFile>;

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ENOENT';
}

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}
