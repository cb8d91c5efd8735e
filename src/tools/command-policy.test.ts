import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCommand } from './command-policy.js';
import type { RefusalCode } from './outcome.js';
import { isRefusal } from './outcome.js';

let root: string;
let ws: string;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rampart-policy-')));
  ws = path.join(root, 'ws');
  fs.mkdirSync(path.join(ws, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'notes.txt'), 'foo one\nbar two\nfoo three\n');
  fs.writeFileSync(path.join(ws, 'a.txt'), 'a\n');
  fs.writeFileSync(path.join(ws, 'sub', 'b.md'), 'b\n');
  // Wildcard injection: a file named like an option.
  fs.writeFileSync(path.join(ws, '--output=pwned'), '');
  fs.symlinkSync('/etc', path.join(ws, 'evil'));
  fs.symlinkSync('/nonexistent-rampart-target', path.join(ws, 'dangling'));
  fs.symlinkSync('notes.txt', path.join(ws, 'inner-link'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const check = (line: string, allowed?: readonly string[]) => checkCommand(line, { workspace: ws, allowed });

describe('checkCommand: allowed', () => {
  it.each<[string, string, readonly string[]]>([
    ['ls -la', 'ls', ['-la']],
    ['cat notes.txt', 'cat', ['notes.txt']],
    ['head -n 2 notes.txt', 'head', ['-n', '2', 'notes.txt']],
    ['wc -l notes.txt', 'wc', ['-l', 'notes.txt']],
    ['grep -n foo notes.txt', 'grep', ['-n', 'foo', 'notes.txt']],
    ["grep -rn 'a/b' .", 'grep', ['-rn', 'a/b', '.']],
    ['grep -e /usr notes.txt', 'grep', ['-e', '/usr', 'notes.txt']],
    ['sort notes.txt', 'sort', ['notes.txt']],
    ['sort -t / -k2 notes.txt', 'sort', ['-t', '/', '-k2', 'notes.txt']],
    ['cut -d / -f 1 notes.txt', 'cut', ['-d', '/', '-f', '1', 'notes.txt']],
    ['uniq -c notes.txt', 'uniq', ['-c', 'notes.txt']],
    ['tail -n 1 notes.txt', 'tail', ['-n', '1', 'notes.txt']],
    ['echo hello world', 'echo', ['hello', 'world']],
    ['echo /etc/passwd ../x', 'echo', ['/etc/passwd', '../x']],
    ['pwd', 'pwd', []],
    ['date +%Y', 'date', ['+%Y']],
    ["date -d '2024/01/02' +%F", 'date', ['-d', '2024/01/02', '+%F']],
    ["find . -name '*.txt'", 'find', ['.', '-name', '*.txt']],
    ['find sub -type f -perm /u+r', 'find', ['sub', '-type', 'f', '-perm', '/u+r']],
    ['ls *.txt', 'ls', ['a.txt', 'notes.txt']],
    ['ls sub/*.md', 'ls', ['sub/b.md']],
    ['ls *.nomatch', 'ls', ['*.nomatch']],
    ['cat inner-link', 'cat', ['inner-link']],
    ['ls --color=auto sub', 'ls', ['--color=auto', 'sub']],
    ['ls "my file"', 'ls', ['my file']],
    // No shell, so variables are never expanded: the literal text reaches argv, harmlessly.
    ['echo $PATH', 'echo', ['$PATH']],
    ['cat $HOME/.ssh/id_rsa', 'cat', ['$HOME/.ssh/id_rsa']],
    ['ls {a,b}', 'ls', ['{a,b}']],
  ])('%s', (line, program, args) => {
    expect(check(line)).toEqual({ program, args });
  });

  it('prefixes glob matches that look like options with ./', () => {
    const parsed = check('sort --*');
    expect(parsed).toEqual({ program: 'sort', args: ['./--output=pwned'] });
  });
});

describe('checkCommand: refused', () => {
  it.each<[string, RefusalCode]>([
    ['ls; id', 'command_operator_refused'],
    ['ls && id', 'command_operator_refused'],
    ['ls || id', 'command_operator_refused'],
    ['ls | wc', 'command_operator_refused'],
    ['ls &', 'command_operator_refused'],
    ['ls 2>&1', 'command_operator_refused'],
    ['(ls)', 'command_operator_refused'],
    ['ls # comment', 'command_operator_refused'],
    ['cat $(echo /etc/passwd)', 'command_operator_refused'],
    ['echo "$(id)"', 'command_operator_refused'],
    ['cat `id`', 'command_operator_refused'],
    ['echo hi > x', 'command_operator_refused'],
    ['echo hi >> x', 'command_operator_refused'],
    ['cat < /etc/passwd', 'command_operator_refused'],
    ['cat <(id)', 'command_operator_refused'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal shell syntax is the input under test
    ['ls ${HOME}', 'command_operator_refused'],
    ["cat $'\\x2fetc/passwd'", 'command_operator_refused'],
    ['ls\nid', 'command_operator_refused'],
    ['ls\rid', 'command_operator_refused'],
    ['ls\0', 'command_operator_refused'],
    ['ls \u001b[31m', 'command_operator_refused'],
    ['', 'command_parse_error'],
    ['   ', 'command_parse_error'],
    [`echo ${'a'.repeat(2000)}`, 'command_parse_error'],
    ["echo 'unterminated", 'command_parse_error'],
    ['echo "unterminated', 'command_parse_error'],
    ['echo trailing\\', 'command_parse_error'],
    ['/bin/rm -rf .', 'command_not_allowed'],
    ['rm -rf .', 'command_not_allowed'],
    ["r''m -rf .", 'command_not_allowed'],
    ['./ls', 'command_not_allowed'],
    ['ls/..', 'command_not_allowed'],
    ['LS', 'command_not_allowed'],
    ['l?', 'command_not_allowed'],
    ['FOO=1 ls', 'command_not_allowed'],
    ["python3 -c 'print(1)'", 'command_not_allowed'],
    ['bash -c id', 'command_not_allowed'],
    ['env', 'command_not_allowed'],
    ['sh', 'command_not_allowed'],
    ['find / -delete', 'command_argument_refused'],
    ['find / -name passwd', 'command_argument_refused'],
    ['find . -delete', 'command_argument_refused'],
    ['find . -exec rm {} \\;', 'command_argument_refused'],
    ['find . -execdir id +', 'command_argument_refused'],
    ['find . -ok rm {} +', 'command_argument_refused'],
    ['find . -fprint out', 'command_argument_refused'],
    ['find -L .', 'command_argument_refused'],
    ['find . -follow', 'command_argument_refused'],
    ['find . -newer /etc/passwd', 'command_argument_refused'],
    ['cat ../../etc/passwd', 'command_argument_refused'],
    ['cat sub/../notes.txt', 'command_argument_refused'],
    ['cat /etc/passwd', 'command_argument_refused'],
    ['cat ~/.ssh/id_rsa', 'command_argument_refused'],
    ['cat ~root/.bashrc', 'command_argument_refused'],
    ['ls ../*', 'command_argument_refused'],
    ['ls /etc/*', 'command_argument_refused'],
    ['ls */b.md', 'command_argument_refused'],
    ['sort -o out notes.txt', 'command_argument_refused'],
    ['sort -uo out notes.txt', 'command_argument_refused'],
    ['sort notes.txt -o out', 'command_argument_refused'],
    ['sort --output=out notes.txt', 'command_argument_refused'],
    ['sort --out=out notes.txt', 'command_argument_refused'],
    ['sort --compress-program=sh notes.txt', 'command_argument_refused'],
    ['sort -T /tmp notes.txt', 'command_argument_refused'],
    ['tail -f notes.txt', 'command_argument_refused'],
    ['tail -5f notes.txt', 'command_argument_refused'],
    ['tail -F notes.txt', 'command_argument_refused'],
    ['tail --follow notes.txt', 'command_argument_refused'],
    ['date -s 2020-01-01', 'command_argument_refused'],
    ['date --set=2020-01-01', 'command_argument_refused'],
    ['date 010100002030', 'command_argument_refused'],
    ['date -r /etc/passwd', 'command_argument_refused'],
    ['grep -f /etc/passwd notes.txt', 'command_argument_refused'],
    ['grep --file=/etc/shadow notes.txt', 'command_argument_refused'],
    ['grep root /etc/passwd', 'command_argument_refused'],
    ['grep -e root notes.txt /etc/passwd', 'command_argument_refused'],
    ['grep --binary root /etc/passwd', 'command_argument_refused'],
    ['grep --reg root /etc/passwd', 'command_argument_refused'],
    ['grep -R root .', 'command_argument_refused'],
    ['ls -RL .', 'command_argument_refused'],
    ['uniq notes.txt out.txt', 'command_argument_refused'],
    ['wc --files0-from=/etc/passwd', 'command_argument_refused'],
    ['ls --unknown=/etc', 'command_argument_refused'],
    ['ls -- /etc', 'command_argument_refused'],
    ['cat evil/passwd', 'path_outside_workspace'],
    ['ls evil', 'path_outside_workspace'],
    ['cat evil/does-not-exist', 'path_outside_workspace'],
    ['ls evil/*', 'path_outside_workspace'],
    ['cat dangling', 'path_outside_workspace'],
    ['grep -r root evil', 'path_outside_workspace'],
    ['find evil -name passwd', 'path_outside_workspace'],
    // The glob reaches the outward symlinks, which are then refused like any other path.
    ['sort *', 'path_outside_workspace'],
  ])('%j → %s', (line, code) => {
    const outcome = check(line);
    expect(isRefusal(outcome) ? outcome.code : outcome).toBe(code);
    if (isRefusal(outcome)) expect(outcome.reason.length).toBeGreaterThan(10);
  });

  it('honours a custom allow-list and line limit', () => {
    expect(check('ls', ['cat'])).toMatchObject({ code: 'command_not_allowed' });
    expect(checkCommand('echo hello', { workspace: ws, maxLineChars: 5 })).toMatchObject({
      code: 'command_parse_error',
    });
  });
});
