import { createEventTool, deleteEventsTool, findFreeSlotsTool, listEventsTool } from './calendar-tools.js';
import { journalAddTool, journalClearTool, journalReadTool } from './journal-tools.js';
import type { Tool } from './tool.js';

/** The agents of the assistant. */
export const AGENT_TYPES = [
  'personal_assistant',
  'calendar_agent',
  'search_agent',
  'code_assistant',
] as const;

/** One of the agent types. */
export type AgentType = (typeof AGENT_TYPES)[number];

/** An agent is data: what it is for, what it may call, and whom it may delegate to. */
export interface AgentDefinition {
  readonly type: AgentType;
  readonly name: string;
  readonly description: string;
  readonly capabilities: readonly string[];
  readonly instructions: string;
  readonly tools: readonly Tool[];
  readonly delegates: readonly AgentType[];
  /** When set, the agent cannot work on this server and answers with this explanation instead. */
  readonly unavailableReason?: string;
}

/** Engines that are configured on this server. */
export interface AgentEngines {
  /** The web-search tool, when a search provider is configured. */
  readonly webSearch?: Tool | undefined;
  /** Sandboxes, the command runner and the file editor (see code-tools.ts); none when absent. */
  readonly codeTools?: readonly Tool[] | undefined;
}

const SEARCH_NOT_CONFIGURED =
  'Web search is not configured on this server, so I cannot look anything up. ' +
  'An administrator can enable it by configuring a search provider (see the README, "Configuration").';

/** Builds the agent table for the engines this server has. */
export function defineAgents(engines: AgentEngines): Readonly<Record<AgentType, AgentDefinition>> {
  const agents: Record<AgentType, AgentDefinition> = {
    personal_assistant: {
      type: 'personal_assistant',
      name: 'Personal Assistant',
      description: 'Coordinates the other agents and answers general requests.',
      capabilities: ['conversation', 'routing', 'delegation'],
      instructions:
        'You are Rampart, a personal assistant. Delegate calendar work to calendar_agent, web research to ' +
        'search_agent, and code, commands, files and the journal to code_assistant. Answer other requests yourself.',
      tools: [],
      delegates: ['calendar_agent', 'search_agent', 'code_assistant'],
    },
    calendar_agent: {
      type: 'calendar_agent',
      name: 'Calendar Agent',
      description: 'Creates and lists events, detects conflicts and finds free time.',
      capabilities: ['create_event', 'list_events', 'detect_conflicts', 'find_free_slots', 'delete_events'],
      instructions:
        "You manage the user's calendar. Use the tools; times are ISO-8601 with the user's offset. " +
        'Never invent events.',
      tools: [createEventTool, listEventsTool, findFreeSlotsTool, deleteEventsTool],
      delegates: [],
    },
    search_agent: {
      type: 'search_agent',
      name: 'Search Agent',
      description: 'Searches the web and answers with sources.',
      capabilities: ['web_search', 'sources'],
      instructions:
        'You search the web with web_search and answer from its results, citing them as [1], [2]. ' +
        'Never invent results. Never put personal data, credentials or private details into a query.',
      tools: engines.webSearch ? [engines.webSearch] : [],
      delegates: [],
      ...(engines.webSearch ? {} : { unavailableReason: SEARCH_NOT_CONFIGURED }),
    },
    code_assistant: {
      type: 'code_assistant',
      name: 'Code Assistant',
      description:
        'Runs Python and JavaScript in sandboxes, allow-listed commands and file edits in the user workspace, and keeps the journal.',
      capabilities: ['journal', ...(engines.codeTools ?? []).map((tool) => tool.name)],
      instructions:
        'You help with code, run it with the sandbox tools, work on files in the user workspace and keep the ' +
        'user journal. Only claim to have run code when a tool ran it; report its output as it is.',
      tools: [...(engines.codeTools ?? []), journalAddTool, journalReadTool, journalClearTool],
      delegates: [],
    },
  };
  return Object.freeze(agents);
}
