import { z } from 'zod';
import { defineTool } from './tool.js';

const ENTRY_MAX_CHARS = 5000;

/** Adds an entry to the user's journal. */
export const journalAddTool = defineTool({
  name: 'journal_add',
  permission: 'journal:own',
  description: "Add an entry to the user's journal.",
  input: z.object({ text: z.string().trim().min(1).max(ENTRY_MAX_CHARS) }),
  async execute(input, { repos, userId }) {
    await repos.journal.add(userId, input.text);
    return `Added to your journal: “${input.text}”`;
  },
});

/** Reads the user's most recent journal entries. */
export const journalReadTool = defineTool({
  name: 'journal_read',
  permission: 'journal:own',
  description: "Read the user's most recent journal entries, oldest first.",
  input: z.object({ limit: z.number().int().min(1).max(100).default(20) }),
  async execute(input, { repos, userId, timeZone }) {
    const entries = await repos.journal.listRecent(userId, input.limit);
    if (entries.length === 0) return 'Your journal is empty.';
    const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const lines = entries.map((e) => `- ${format.format(new Date(e.createdAt))}: ${e.content}`);
    return `Your journal (${entries.length} most recent):\n${lines.join('\n')}`;
  },
});

/** Deletes every entry of the user's journal. */
export const journalClearTool = defineTool({
  name: 'journal_clear',
  permission: 'journal:own',
  description: "Delete every entry of the user's journal.",
  input: z.object({}),
  async execute(_input, { repos, userId }) {
    const count = await repos.journal.clear(userId);
    return count === 0
      ? 'Your journal was already empty.'
      : `Cleared your journal (${count} entries deleted).`;
  },
});
