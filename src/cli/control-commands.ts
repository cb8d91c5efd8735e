import { AGENT_TYPES, type AgentType } from '../agents/definitions.js';
import { dispatch, parseCommand, UsageError } from './args.js';
import { print, withServices } from './context.js';
import { AGENT_USAGE, LOCKDOWN_USAGE } from './usage.js';

/** `rampart lockdown on|off`: only administrators may use the API while it is on, on every instance. */
export async function runLockdownCommand(args: string[]): Promise<number> {
  const set = (on: boolean) => async (rest: string[]) => {
    const { options } = parseCommand(rest, {
      options: { reason: { type: 'string' } },
      usage: LOCKDOWN_USAGE,
    });
    if (on && !options.reason)
      throw new UsageError('--reason is required to turn lockdown on', LOCKDOWN_USAGE);
    return withServices(async (services) => {
      await services.controls.setLockdown(on, options.reason ?? '', null);
      print(
        on
          ? 'Lockdown on: only administrators can use the API (every instance within a second).'
          : 'Lockdown off.',
      );
      return 0;
    });
  };
  return dispatch('lockdown', args, LOCKDOWN_USAGE, { on: set(true), off: set(false) });
}

/** `rampart agent disable|enable <name>`: switch one agent off or on, on every instance. */
export async function runAgentCommand(args: string[]): Promise<number> {
  const set = (enabled: boolean) => async (rest: string[]) => {
    const { positionals } = parseCommand(rest, { min: 1, usage: AGENT_USAGE });
    const name = positionals[0] as string;
    if (!(AGENT_TYPES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown agent "${name}" (use ${AGENT_TYPES.join(', ')})`, AGENT_USAGE);
    }
    return withServices(async (services) => {
      await services.controls.setAgentEnabled(name as AgentType, enabled, null);
      print(`${name} ${enabled ? 'enabled' : 'disabled'}.`);
      return 0;
    });
  };
  return dispatch('agent', args, AGENT_USAGE, { disable: set(false), enable: set(true) });
}
