/** SGR codes of the few colours the console uses. */
const CODES = { red: 31, green: 32, yellow: 33, dim: 2 } as const;

export type Paint = Readonly<Record<keyof typeof CODES, (text: string) => string>>;

/** Colour functions that colour when `colours` is on, and return the text untouched otherwise. */
export function paint(colours: boolean): Paint {
  const style = (code: number) => (colours ? (text: string) => `\x1b[${code}m${text}\x1b[0m` : (text: string) => text);
  return { red: style(CODES.red), green: style(CODES.green), yellow: style(CODES.yellow), dim: style(CODES.dim) };
}
