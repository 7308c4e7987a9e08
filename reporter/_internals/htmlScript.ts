import { createHash } from 'node:crypto';

// Plain ES2017 for any browser a CI artifact is opened in. The copy buttons are hidden in the markup
// and shown here, so a reader whose browser runs no script sees no dead button, only the text.
// The clipboard first; where it is refused (a browser that withholds it from file:// pages), the
// text is selected and copied the old way, or left selected for the reader's own Ctrl+C.
// A link to a finding (both tables link each one) opens its <details>: closed, it hides the
// finding's replay and curl lines, and Chromium does not open a <details> that is itself the target.
const TEXT = `'use strict';
for (const button of document.querySelectorAll('button.copy')) {
  const pre = document.getElementById(button.dataset.copy);
  const say = (label) => { button.textContent = label; };
  const select = () => { getSelection().selectAllChildren(pre); try { return document.execCommand('copy'); } catch (e) { return false; } };
  const fallback = () => say(select() ? 'Copied' : 'Selected: press Ctrl+C');
  button.hidden = false;
  button.addEventListener('click', () => {
    if (navigator.clipboard) navigator.clipboard.writeText(pre.textContent).then(() => say('Copied'), fallback);
    else fallback();
  });
}
const openTarget = () => {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.tagName === 'DETAILS') target.open = true;
};
addEventListener('hashchange', openTarget);
openTarget();
`;

/**
 * The page's only script, inline (the report opens from a CI artifact with no network), with the
 * CSP source that allows it and nothing else: the page shows target-controlled text, so even an
 * escaping bug could never run a script of the target's.
 */
export const HTML_SCRIPT = {
  text: TEXT,
  cspSource: `'sha256-${createHash('sha256').update(TEXT).digest('base64')}'`,
} as const;
