import { describe, expect, it } from 'vitest';
import { classifyIntent } from './intent.js';

describe('classifyIntent', () => {
  it.each([
    ['Schedule a meeting with the team tomorrow at 2 PM', 'calendar_agent'],
    ["What's on my schedule tomorrow?", 'calendar_agent'],
    ['What do I have today?', 'calendar_agent'],
    ["What's on Friday?", 'calendar_agent'],
    ['Am I free on Friday?', 'calendar_agent'],
    ['find time for a 30 minute call tomorrow', 'calendar_agent'],
    ['Cancel the meeting tomorrow', 'calendar_agent'],
    ['dinner with Alex on Saturday at 7pm', 'calendar_agent'],
    ['Add to my journal: shipped it', 'code_assistant'],
    ['show my journal', 'code_assistant'],
    ['write a python function to reverse a string', 'code_assistant'],
    ['Run this command: ls -la', 'code_assistant'],
    ['```js\nconsole.log(1)\n```', 'code_assistant'],
    ['Search the web for Fastify 5 release notes', 'search_agent'],
    ['who won the world cup', 'search_agent'],
    ['hello', null],
    ['how are you', null],
    ['what time is it?', null],
  ])('routes %j to %s', (text, target) => {
    expect(classifyIntent(text).target).toBe(target);
  });

  it('stays fast on a 10,000-character message', () => {
    const text = 'at 1 '.repeat(2000);
    const started = performance.now();
    classifyIntent(text);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
