// Usernames by user id, shared by the admin page's sections: learnt from the users list and from every
// key, session and ban row seen, so a row that only carries a user id can still show a name.

import { el, text } from './ui.js';

const knownUsers = new Map();
const listeners = new Set();
let changed = false;

/** Remembers a user's name; call usersNoted() once a batch has been noted. */
export function noteUser(id, username) {
  if (id === null || id === undefined || typeof username !== 'string' || username === '') return;
  const key = String(id);
  if (knownUsers.get(key) === username) return;
  knownUsers.set(key, username);
  changed = true;
}

/** Tells every listener (see onUsersChanged) when the names noted since the last call changed anything. */
export function usersNoted() {
  if (!changed) return;
  changed = false;
  for (const listener of listeners) listener();
}

/** Takes the users section's list. */
export function noteUsers(users) {
  for (const user of users) noteUser(user.id, user.username);
  usersNoted();
}

/** Calls `listener` whenever new usernames become known. */
export function onUsersChanged(listener) {
  listeners.add(listener);
}

/** The username for a user id, `#id` when unknown, or a dash when there is none. */
export function userName(id) {
  if (id === null || id === undefined || id === '') return text(null);
  const key = String(id);
  return knownUsers.get(key) ?? `#${key}`;
}

/** A row's user: its own `username` when it has one, else the known name of its `user_id`. */
export function userCell(row) {
  const name = typeof row.username === 'string' && row.username !== '' ? row.username : null;
  return name ?? userName(row.user_id);
}

/** Rebuilds a `<select>` of the known users (sorted by name) after an "all" choice, keeping its value. */
export function fillUserSelect(select, allLabel) {
  const selected = select.value;
  const all = el('option', '', allLabel);
  all.value = '';
  const entries = [...knownUsers.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const choices = entries.map(([id, username]) => {
    const option = el('option', '', username);
    option.value = id;
    return option;
  });
  select.replaceChildren(all, ...choices);
  select.value = knownUsers.has(selected) ? selected : '';
}
