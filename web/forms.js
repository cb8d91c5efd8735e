// Form helpers shared by the login, setup, account and admin pages.
//
// Every form's submit button starts out disabled in the HTML and is enabled here once the page's script
// is running: without the script, pressing Enter must not submit a password the browser's way.

/** Password length rules (counted in characters, as the server does). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** What is wrong with a new password (and its confirmation, when given), or null. */
export function passwordProblem(password, confirmation) {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `The password must be at least ${PASSWORD_MIN} characters long.`;
  if (length > PASSWORD_MAX) return `The password must be at most ${PASSWORD_MAX} characters long.`;
  if (confirmation !== undefined && password !== confirmation) return 'The two passwords do not match.';
  return null;
}

/** Marks a field invalid (or valid again) for assistive technology and the stylesheet. */
export function setInvalid(input, invalid) {
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Clears every field's invalid mark in a form. */
export function clearInvalid(form) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** Disables a form's submit buttons while a request runs (and enables them again). */
export function setFormBusy(form, busy) {
  for (const submit of form.querySelectorAll('button[type="submit"]')) submit.disabled = busy;
  form.setAttribute('aria-busy', busy ? 'true' : 'false');
}

/** Calls `onSubmit(event)` on submit (never letting the browser submit the form itself) and enables it. */
export function handleSubmit(form, onSubmit) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    void onSubmit(event);
  });
  setFormBusy(form, false);
}

/** Reads a form field's value by name. */
export function fieldValue(form, name) {
  const field = form.elements.namedItem(name);
  return field && 'value' in field ? field.value : '';
}
