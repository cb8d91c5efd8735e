import fs from 'node:fs';
import path from 'node:path';

/** Directory names a user id may map to: ids are UUIDs, anything else is refused outright. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The user's workspace, `DATA_DIR/workspaces/<user id>`, created with mode 0700 on first use; its
 * real path (symlinks resolved), which every jailed path is checked against.
 */
export function workspaceFor(dataDir: string, userId: string): string {
  if (!USER_ID.test(userId)) throw new Error('Workspace: the user id is not a UUID');
  const root = path.join(path.resolve(dataDir), 'workspaces');
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const dir = path.join(root, userId);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return fs.realpathSync(dir);
}
