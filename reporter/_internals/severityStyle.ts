import type { Severity } from '../../vocabulary/Finding.ts';
import type { Paint } from './paint.ts';

/**
 * How each severity is shown, in one table every report reads: its mark on the console (a warning
 * never wears the error's cross), its icon in Markdown, what its findings are called, its colour,
 *.
 */
export const SEVERITY_STYLE: Readonly<
  Record<Severity, { readonly mark: string; readonly icon: string; readonly called: string; readonly colour: keyof Paint }>
> = {
  error: { mark: '✖', icon: '❌', called: 'error finding', colour: 'red' },
  warning: { mark: '⚠', icon: '⚠️', called: 'warning', colour: 'yellow' },
  note: { mark: 'ℹ', icon: 'ℹ️', called: 'note', colour: 'dim' },
};
