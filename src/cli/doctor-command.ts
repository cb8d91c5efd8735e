import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CheckResult, DependencyAudit } from '../security/doctor.js';
import { parseCommand } from './args.js';
import { CLI_CLIENT, withServices } from './context.js';
import { DOCTOR_USAGE } from './usage.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm audit --omit=dev` in the installation, as counts by severity; a failure to run is a value, not an error. */
export function auditDependencies(): Promise<DependencyAudit> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { cwd: PROJECT_ROOT, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        try {
          const report = JSON.parse(stdout) as {
            metadata?: { vulnerabilities?: Record<string, number> };
            error?: { summary?: string };
            message?: string;
          };
          const found = report.metadata?.vulnerabilities;
          if (!found) {
            const reason = report.error?.summary || report.message || 'npm audit gave no report';
            resolve({ ok: false, reason: reason.split('\n')[0] as string });
            return;
          }
          const count = (k: string) => found[k] ?? 0;
          resolve({
            ok: true,
            counts: {
              low: count('low'),
              moderate: count('moderate'),
              high: count('high'),
              critical: count('critical'),
            },
          });
        } catch {
          resolve({
            ok: false,
            reason: error ? (error.message.split('\n')[0] ?? 'npm failed') : 'unreadable report',
          });
        }
      },
    );
  });
}

/** The checklist as lines: status, name, detail, and the fix under anything that is not PASS. */
export function formatChecks(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length));
  return results
    .map(
      (r) =>
        `${r.status.padEnd(4)}  ${r.name.padEnd(width)}  ${r.detail}${r.fix ? `\n${' '.repeat(width + 8)}fix: ${r.fix}` : ''}`,
    )
    .join('\n');
}

/** `rampart doctor [--offline]`: the deployment checklist; exit 1 on any FAIL. */
export async function runDoctorCommand(args: string[]): Promise<number> {
  const { options } = parseCommand(args, { options: { offline: { type: 'boolean' } }, usage: DOCTOR_USAGE });
  const { runDoctor } = await import('../security/doctor.js');
  return withServices(async (services) => {
    const results = await runDoctor({
      config: services.config,
      db: services.database.db,
      ...(options.offline ? {} : { auditDependencies }),
    });
    const failed = results.filter((r) => r.status === 'FAIL').length;
    await services.log.record({
      type: 'doctor_run',
      severity: failed > 0 ? 'warning' : 'info',
      client: CLI_CLIENT,
      detail: {
        failed: results.filter((r) => r.status === 'FAIL').map((r) => r.name),
        warned: results.filter((r) => r.status === 'WARN').map((r) => r.name),
      },
    });
    process.stdout.write(
      `${formatChecks(results)}\n\n${failed === 0 ? 'No failures.' : `${failed} check(s) failed.`}\n`,
    );
    return failed > 0 ? 1 : 0;
  });
}
