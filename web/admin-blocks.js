// The admin page's incident response section (security:read): the active bans with the time each has
// left, counting down, and the last 200 bans; with security:write, banning an address or CIDR block and
// lifting a ban.

import { onUsersChanged, userName } from './admin-directory.js';
import { api } from './api.js';
import { clearInvalid, fieldValue, handleSubmit, setFormBusy, setInvalid } from './forms.js';
import { button, byId, clearStatus, el, setStatus, showErrorIn, table, text, timeCell } from './ui.js';

const REASON_MAX = 200;
const DURATION_MAX_MINUTES = 365 * 24 * 60;

const form = byId('ban-form');
const formStatus = byId('ban-form-status');
const status = byId('blocks-status');
const list = byId('blocks-list');
const historyCount = byId('blocks-history-count');
const historyList = byId('blocks-history-list');

let canWrite = false;
/** The last response, re-rendered when more usernames become known. */
let lastData = null;
/** The countdown cells of the active bans: each with the moment (client clock) its ban ends. */
let countdowns = [];
let ticker = null;
/** Ban ids whose end has already triggered a reload, so a late server clock cannot cause a loop. */
const expiredReloaded = new Set();

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

function tick() {
  const now = Date.now();
  let ended = false;
  for (const countdown of countdowns) {
    const left = Math.ceil((countdown.endsAt - now) / 1000);
    if (left > 0) {
      countdown.cell.textContent = humaniseSeconds(left);
    } else {
      countdown.cell.textContent = 'Ended';
      if (!expiredReloaded.has(countdown.id)) {
        expiredReloaded.add(countdown.id);
        ended = true;
      }
    }
  }
  if (ended) void loadBlocks();
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
    await api(`/api/admin/blocks/${encodeURIComponent(String(ban.id))}`, { method: 'DELETE' });
    setStatus(status, `Lifted the ban on ${subject}.`, 'success');
  } catch (error) {
    showErrorIn(status, error);
  }
  await loadBlocks();
  // The row (and its button) is gone; keep the keyboard focus in the section.
  if (!document.body.contains(trigger)) byId('blocks-heading').focus();
}

function renderActive(bans, loadedAt) {
  countdowns = [];
  const rows = bans.map((ban) => {
    const left = el('span', 'countdown', humaniseSeconds(Number(ban.remaining_seconds) || 0));
    countdowns.push({ id: ban.id, cell: left, endsAt: loadedAt + (Number(ban.remaining_seconds) || 0) * 1000 });
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
  list.replaceChildren(rows.length === 0 ? el('p', 'muted', 'No active bans.') : table('Active bans', columns, rows));
  startTicker();
}

function banState(ban) {
  if (ban.active === true) return el('span', 'badge badge--danger', 'Active');
  if (ban.lifted_at) return el('span', 'badge', 'Lifted');
  return el('span', 'badge', 'Expired');
}

function renderHistory(bans) {
  historyCount.textContent = String(bans.length);
  const rows = bans.map((ban) => [
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

/** Reloads the active bans and the history. */
export async function loadBlocks() {
  try {
    const data = await api('/api/admin/blocks');
    lastData = { active: bansOf(data.active), history: bansOf(data.history) };
    renderActive(lastData.active, Date.now());
    renderHistory(lastData.history);
  } catch (error) {
    showErrorIn(status, error);
  }
}

/** What is wrong with the ban form, as [message, field] or null. */
function formProblem(ip, reason, duration, durationInput) {
  if (ip === '') return ['Enter an IP address or a CIDR block.', byId('ban-ip')];
  if (reason === '') return ['Enter a reason.', byId('ban-reason')];
  if (reason.length > REASON_MAX) return [`The reason must be at most ${REASON_MAX} characters.`, byId('ban-reason')];
  const number = Number(duration);
  const badNumber = durationInput.validity.badInput || (duration !== '' && !Number.isInteger(number));
  if (badNumber || (duration !== '' && (number < 1 || number > DURATION_MAX_MINUTES))) {
    return [`The duration must be a whole number of minutes from 1 to ${DURATION_MAX_MINUTES}.`, durationInput];
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
    const ban = data.block ?? {};
    const left = humaniseSeconds(Number(ban.remaining_seconds) || 0);
    setStatus(formStatus, `Banned ${text(ban.subject ?? ip)} for ${left}.`);
    await loadBlocks();
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
  if (canWrite) byId('blocks-intro').hidden = true;
  byId('blocks-refresh').addEventListener('click', () => {
    clearStatus(status);
    void loadBlocks();
  });
  // Only the history names users ("By"); the active table keeps its focus and countdowns.
  onUsersChanged(() => {
    if (lastData !== null) renderHistory(lastData.history);
  });
  await loadBlocks();
}
