// Small DOM helpers shared by every page: element lookup and creation, status lines, dates, tables,
// form dialogs and copying to the clipboard.
//
// Security: text is always set with textContent, never parsed as HTML.

import { ApiError } from './api.js';

/** Looks up a required element by id. */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element;
}

/** Creates an element with a class and optional text (always set as text, never HTML). */
export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined && text !== null) element.textContent = String(text);
  return element;
}

/** A `<button type="button">` that calls `onClick`. */
export function button(label, onClick, className = 'button') {
  const element = el('button', className, label);
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

/** The safe text of an error, with the request id when the server gave one. */
export function errorText(error) {
  let message = error instanceof Error && error.message ? error.message : 'Something went wrong.';
  if (error instanceof ApiError && error.requestId) message += ` (request ${error.requestId})`;
  return message;
}

/** Shows `text` in a status element; `kind` is 'error' or 'success' (styled by [data-kind]). */
export function setStatus(element, text, kind = 'success') {
  element.textContent = text;
  element.dataset.kind = kind;
  element.hidden = false;
}

export function showErrorIn(element, error) {
  setStatus(element, errorText(error), 'error');
}

export function clearStatus(element) {
  element.hidden = true;
  element.textContent = '';
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Parses an ISO string or epoch number into a Date, or null. */
export function toDate(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A `<time>` element for a timestamp, or a dash when there is none. */
export function timeCell(value) {
  const date = toDate(value);
  if (!date) return el('span', 'muted', '—');
  const time = el('time', '', dateTimeFormat.format(date));
  time.dateTime = date.toISOString();
  return time;
}

/** A string from an unknown value, or a dash. */
export function text(value) {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : '—';
}

/**
 * A scrollable table. `columns` are header labels; each row is an array of cells (a string or a Node).
 * The wrapper is focusable so keyboard users can scroll it sideways on a narrow screen.
 */
export function table(caption, columns, rows) {
  const wrap = el('div', 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  const tableEl = el('table', 'table');
  tableEl.append(el('caption', 'visually-hidden', caption));
  const head = el('tr');
  for (const column of columns) {
    const th = el('th', '', column);
    th.scope = 'col';
    head.append(th);
  }
  tableEl.append(el('thead'));
  tableEl.tHead.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const [index, cell] of row.entries()) {
      const td = el('td');
      // Narrow screens show each row as a card, labelling its cells from this (see tables.css).
      if (columns[index]) td.dataset.label = columns[index];
      if (cell instanceof Node) td.append(cell);
      else td.textContent = cell === null || cell === undefined ? '—' : String(cell);
      tr.append(td);
    }
    body.append(tr);
  }
  tableEl.append(body);
  wrap.append(tableEl);
  return wrap;
}

/**
 * Opens a `<dialog>` holding a `<form method="dialog">` and resolves true when it was submitted with
 * the button whose value is "confirm", false when cancelled (Cancel button or Escape).
 */
export function openDialog(dialog) {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
    dialog.showModal();
  });
}

/** Copies text to the clipboard; resolves whether it worked. */
export async function copyText(value, fallbackInput) {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    if (!fallbackInput) return false;
    fallbackInput.focus();
    fallbackInput.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
