// The admin page's incident response section (security:read): the active bans with the time each has
// left, counting down, and the last 200 bans; with security:write, banning an address or CIDR block and
// lifting a ban.

import { onUsersChanged, userName } from './admin-directory.js';
import { api } from './api.js';
import { clearInvalid, fieldValue, handleSubmit, setFormBusy, setInvalid } from './forms.js';
import { button, byId, clearStatus, el, setStatus, showErrorIn, table, text, timeCell } from './ui.js';

const REASON_MAX = 200;
const DURATION_MAX_MINUTES = 365 * 24 * 60;
const HISTORY_MAX = 200;

const form = byId('ban-form');
const formStatus = byId('ban-form-status');
const status = byId('blocks-status');
const list = byId('blocks-list');
const historyCount = byId('blocks-history-count');
const historyList = byId('blocks-history-list');

let canWrite = false;
/** The bans shown: `active` (each with `endsAt`, when it ends by this browser's clock) and `history`. */
let active = [];
let history = [];
/** The countdown cells of the active bans, ticking while there are any. */
let countdowns = [];
let ticker = null;

/** A duration in seconds as "2 d 3 h", "1 h 05 min", "4 min 09 s" or "9 s". */
function humaniseSeconds(total) {
  const seconds = Math.max(0, Math.floor(total));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  const pad = (n) => String(n).padStart(2, '0');
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${pad(minutes)} min`;
  if (minutes > 0) return `${minutes} min ${pad(secs)} s`;
  return `${secs} s`;
}

/** Active bans that have run out move to the history as expired, without asking the server. */
function tick() {
  const now = Date.now();
  for (const countdown of countdowns) {
    countdown.cell.textContent = humaniseSeconds(Math.ceil((countdown.ban.endsAt - now) / 1000));
  }
  const ended = active.filter((ban) => ban.endsAt <= now);
  if (ended.length === 0) return;
  active = active.filter((ban) => ban.endsAt > now);
  history = history.map((ban) =>
    ended.some((e) => e.id === ban.id) ? { ...ban, active: false, remaining_seconds: 0 } : ban,
  );
  renderActive();
  renderHistory();
}

function startTicker() {
  if (ticker !== null) clearInterval(ticker);
  ticker = countdowns.length > 0 ? setInterval(tick, 1000) : null;
}

function sourceLabel(ban) {
  if (ban.source === 'ledger') return 'automatic';
  return text(ban.source);
}

async function unban(ban, trigger) {
  const subject = text(ban.subject);
  if (!window.confirm(`Lift the ban on ${subject}? Its requests are let through again at once.`)) return;
  trigger.disabled = true;
  clearStatus(status);
  try {
    const data = await api(`/api/admin/blocks/${encodeURIComponent(String(ban.id))}`, { method: 'DELETE' });
    // The lifted bans come back with the answer: no reload needed (admin requests are rate limited).
    const lifted = bansOf(data.lifted);
    applyBans(lifted.length > 0 ? lifted : [{ ...ban, active: false, lifted_at: new Date().toISOString() }]);
    setStatus(status, `Lifted the ban on ${subject}.`, 'success');
    // Disabling the button dropped its focus and its row is gone: keep the keyboard in the section.
    if (!trigger.isConnected && (document.activeElement ?? document.body) === document.body) {
      byId('blocks-heading').focus();
    }
  } catch (error) {
    showErrorIn(status, error);
    if (error.code === 'not_found') await loadBlocks();
    else trigger.disabled = false;
  }
}

function renderActive() {
  countdowns = [];
  const now = Date.now();
  const rows = active.map((ban) => {
    const left = el('span', 'countdown', humaniseSeconds(Math.ceil((ban.endsAt - now) / 1000)));
    countdowns.push({ ban, cell: left });
    let action = el('span');
    if (canWrite) {
      action = button('Unban', (e) => void unban(ban, e.currentTarget), 'button button--danger');
      action.setAttribute('aria-label', `Unban ${text(ban.subject)}`);
    }
    return [
      el('span', 'cell-strong cell-mono', text(ban.subject)),
      text(ban.type),
      el('span', 'cell-wrap', text(ban.reason)),
      sourceLabel(ban),
      timeCell(ban.expires_at),
      left,
      action,
    ];
  });
  const columns = ['Subject', 'Type', 'Reason', 'Source', 'Expires', 'Time left', ''];
  // Keep the keyboard focus on the same button, or in the section when its row has gone.
  const focused = list.contains(document.activeElement) ? document.activeElement : null;
  const focusedLabel = focused?.getAttribute('aria-label') ?? null;
  list.replaceChildren(
    rows.length === 0 ? el('p', 'muted', 'No active bans.') : table('Active bans', columns, rows),
  );
  if (focused !== null) {
    const same = [...list.querySelectorAll('button, .table-wrap')].find(
      (b) => b.getAttribute('aria-label') === focusedLabel,
    );
    (same ?? byId('blocks-heading')).focus();
  }
  startTicker();
}

function banState(ban) {
  if (ban.active === true) return el('span', 'badge badge--danger', 'Active');
  if (ban.lifted_at) return el('span', 'badge', 'Lifted');
  return el('span', 'badge', 'Expired');
}

function renderHistory() {
  historyCount.textContent = String(history.length);
  const rows = history.map((ban) => [
    el('span', 'cell-mono', text(ban.subject)),
    text(ban.type),
    el('span', 'cell-wrap', text(ban.reason)),
    sourceLabel(ban),
    ban.created_by ? userName(ban.created_by) : text(null),
    timeCell(ban.created_at),
    timeCell(ban.expires_at),
    ban.lifted_at ? timeCell(ban.lifted_at) : text(null),
    banState(ban),
  ]);
  const columns = ['Subject', 'Type', 'Reason', 'Source', 'By', 'Banned', 'Expires', 'Lifted', 'Status'];
  historyList.replaceChildren(
    rows.length === 0 ? el('p', 'muted', 'No bans yet.') : table('Ban history', columns, rows),
  );
}

const bansOf = (value) => (Array.isArray(value) ? value.filter((b) => b && b.id !== undefined) : []);

/** A ban from the server, with the moment it ends by this browser's clock (immune to clock skew). */
const withEnd = (ban, now) => ({ ...ban, endsAt: now + (Number(ban.remaining_seconds) || 0) * 1000 });

/** Reloads the active bans and the history. */
export async function loadBlocks() {
  try {
    const data = await api('/api/admin/blocks');
    const now = Date.now();
    active = bansOf(data.active).map((ban) => withEnd(ban, now));
    history = bansOf(data.history);
    renderActive();
    renderHistory();
  } catch (error) {
    showErrorIn(status, error);
  }
}

/** Shows bans the server returned from a ban or unban: newest first in the history, active ones above. */
function applyBans(bans) {
  const now = Date.now();
  for (const ban of bans) {
    const index = history.findIndex((b) => b.id === ban.id);
    if (index >= 0) history[index] = ban;
    else history.unshift(ban);
    active = active.filter((b) => b.id !== ban.id);
    if (ban.active === true) active.unshift(withEnd(ban, now));
  }
  history = history.slice(0, HISTORY_MAX);
  renderActive();
  renderHistory();
}

/** What is wrong with the ban form, as [message, field] or null. */
function formProblem(ip, reason, duration, durationInput) {
  if (ip === '') return ['Enter an IP address or a CIDR block.', byId('ban-ip')];
  if (reason === '') return ['Enter a reason.', byId('ban-reason')];
  if (reason.length > REASON_MAX)
    return [`The reason must be at most ${REASON_MAX} characters.`, byId('ban-reason')];
  const number = Number(duration);
  const badNumber = durationInput.validity.badInput || (duration !== '' && !Number.isInteger(number));
  if (badNumber || (duration !== '' && (number < 1 || number > DURATION_MAX_MINUTES))) {
    return [
      `The duration must be a whole number of minutes from 1 to ${DURATION_MAX_MINUTES}.`,
      durationInput,
    ];
  }
  return null;
}

handleSubmit(form, async () => {
  clearStatus(formStatus);
  clearInvalid(form);
  const ip = fieldValue(form, 'ip').trim();
  const reason = fieldValue(form, 'reason').trim();
  const duration = fieldValue(form, 'duration').trim();
  const durationInput = byId('ban-duration');
  const problem = formProblem(ip, reason, duration, durationInput);
  if (problem !== null) {
    const [message, field] = problem;
    setInvalid(field, true);
    setStatus(formStatus, message, 'error');
    field.focus();
    return;
  }
  const body = { ip, reason };
  if (duration !== '') body.duration_minutes = Number(duration);
  setFormBusy(form, true);
  try {
    const data = await api('/api/admin/blocks', { method: 'POST', body });
    form.reset();
    const ban = data.block;
    if (ban && ban.id !== undefined) applyBans([ban]);
    else await loadBlocks();
    const left = humaniseSeconds(Number(ban?.remaining_seconds) || 0);
    setStatus(formStatus, `Banned ${text(ban?.subject ?? ip)} for ${left}.`);
  } catch (error) {
    if (error.code === 'validation_failed' || error.code === 'conflict') setInvalid(byId('ban-ip'), true);
    showErrorIn(formStatus, error);
  } finally {
    setFormBusy(form, false);
  }
});

/** Shows the incident response section; `canWrite` (security:write) adds the ban form and Unban. */
export async function initBlocks(settings) {
  canWrite = settings.canWrite === true;
  form.hidden = !canWrite;
  byId('blocks-read-only').hidden = canWrite;
  byId('blocks-refresh').addEventListener('click', () => {
    clearStatus(status);
    void loadBlocks();
  });
  // Only the history names users ("By"); the active table keeps its focus and countdowns.
  onUsersChanged(renderHistory);
  await loadBlocks();
}
