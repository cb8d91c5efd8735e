/** Usage of `rampart user`. */
export const USER_USAGE = `Usage: rampart user <subcommand>

  user add <name> --role <admin|operator|user|guest>
                          create an account; the password is asked twice on a terminal,
                          otherwise read from the first line of standard input
  user list               list accounts
  user set-role <name> <role>
                          change an account's role (ends its sessions)
  user disable <name>     block an account's sign-in and end its sessions
  user enable <name>      allow a disabled account to sign in again
  user reset-password <name>
                          set a new password, read as for add (ends its sessions)
`;

/** Usage of `rampart key`. */
export const KEY_USAGE = `Usage: rampart key <subcommand>

  key create --user <name> [--name <label>] [--scopes a,b] [--expires 30d]
                          create an API key; the key alone is printed on the last line
  key list [--user <name>]
                          list API keys and their state
  key revoke <id> | --user <name>
                          revoke a key, or all of a user's keys, at once
  key rotate <id> [--grace 24h]
                          replace a key; the old one works until the grace period ends
                          (the new key alone is printed on the last line)

Durations are <n>d, <n>h or <n>m.
`;

/** Usage of `rampart session`. */
export const SESSION_USAGE = `Usage: rampart session <subcommand>

  session list [--user <name>]
                          list login sessions
  session revoke <id>     end one login session
  session revoke --user <name>
                          end all of a user's login sessions
`;

/** Usage of `rampart block`. */
export const BLOCK_USAGE = `Usage: rampart block <subcommand>

  block add <ip|cidr> --reason <text> [--duration 1h]
                          ban an address or block now (default: escalating, 1 h for a first ban)
  block list              list active bans with the time they have left
  block remove <id|ip|cidr>
                          lift a ban

Durations are <n>d, <n>h or <n>m. Every change is recorded in the security event log.
`;

/** `rampart keys` usage. */
export const KEYS_USAGE = `Usage: rampart keys <subcommand>

  keys status             how many stored values each key of ENCRYPTION_KEYS protects
  keys rotate [--batch 500]
                          re-seal every stored value with the current (first) key, in batches,
                          while the server runs; safe to stop and run again

To rotate: put a new key first in ENCRYPTION_KEYS (keep the old one after it), restart, run
\`rampart keys rotate\`, check \`rampart keys status\`, then remove the old key.
`;

/** `rampart backup` and `rampart restore` usage. */
export const BACKUP_USAGE = `Usage: rampart backup <file>
       rampart restore <file>

  backup <file>           write an encrypted, authenticated snapshot of the whole database (SQLite or
                          PostgreSQL) to a new file, mode 0600, with a manifest of row counts and a hash
  restore <file>          check a backup end to end (key, every byte, manifest), then restore it into
                          an empty database of the same schema, in one transaction; the other engine works

A backup is sealed with the current key of ENCRYPTION_KEYS; keep that key to restore it.
`;

/** `rampart doctor` usage. */
export const DOCTOR_USAGE = `Usage: rampart doctor [--offline]

The deployment checklist as checks, each PASS, WARN or FAIL with a one-line fix: secrets, HTTPS,
trusted proxies, database TLS, hashed API keys, rate limits, headers, the security log, file
permissions and (unless --offline) production dependencies with known vulnerabilities
(npm audit --omit=dev). Exit status 1 when any check fails. In production, \`rampart start\` runs the
same checks (without the npm audit) and refuses to start on a FAIL unless given
--dangerously-skip-doctor.
`;

/** `rampart lockdown` usage. */
export const LOCKDOWN_USAGE = `Usage: rampart lockdown on --reason <text>
       rampart lockdown off

While on, only administrators can use the API (others get 503 locked_down); health, login and the
pages stay open. Every instance follows within a second. Both are recorded as critical events.
`;

/** `rampart agent` usage. */
export const AGENT_USAGE = `Usage: rampart agent disable <name>
       rampart agent enable <name>

A disabled agent answers that it is switched off instead of acting, on every instance within a
second. Agents: personal_assistant (the coordinator), calendar_agent, search_agent, code_assistant.
Recorded as events.
`;
