// The sidebar collapses above the chat on narrow screens, behind a toggle button.

import { els } from './dom.js';

const NARROW_QUERY = '(max-width: 760px)';
const narrow = window.matchMedia(NARROW_QUERY);

export function setSidebarExpanded(expanded) {
  els.sidebarToggle.setAttribute('aria-expanded', expanded ? 'true' : 'false');
  if (expanded) els.sidebar.dataset.expanded = '';
  else delete els.sidebar.dataset.expanded;
}

export function collapseSidebarOnNarrow() {
  if (narrow.matches) setSidebarExpanded(false);
}
