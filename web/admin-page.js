// The admin page: each section is shown only with the permission it needs (users:manage for users;
// security:read for incident response, API keys, sessions and security events; security:write to ban,
// unban and revoke).

import { initBlocks } from './admin-blocks.js';
import { noteUsers } from './admin-directory.js';
import { initEvents } from './admin-events.js';
import { initSecurity, reloadSessions } from './admin-security.js';
import { initUsers } from './admin-users.js';
import { hasPermission, startSignedInPage } from './auth.js';
import { byId, errorText, setStatus } from './ui.js';

function showSection(id) {
  byId(id).hidden = false;
  byId(`nav-${id}`).hidden = false;
}

async function start() {
  let me;
  try {
    me = await startSignedInPage('/admin.html');
  } catch (error) {
    setStatus(byId('page-error'), errorText(error), 'error');
    return;
  }
  if (me === null) return;

  const canManageUsers = hasPermission(me, 'users:manage');
  const canRead = hasPermission(me, 'security:read');
  const canWrite = hasPermission(me, 'security:write');
  if (!canManageUsers && !canRead) {
    byId('no-access').hidden = false;
    return;
  }
  byId('section-nav').hidden = false;

  if (canManageUsers) {
    showSection('users');
    void initUsers({
      me,
      canRevokeSessions: canWrite,
      onUsers: noteUsers,
      onSessionsChanged: () => {
        if (canRead) void reloadSessions();
      },
    });
  }
  if (canRead) {
    for (const id of ['incidents', 'api-keys', 'sessions', 'events']) showSection(id);
    void initBlocks({ canWrite });
    void initSecurity({ canWrite });
    void initEvents();
  }
}

void start();
