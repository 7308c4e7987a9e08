/** The emulator's answer before it is written to the socket. A string body is sent as text (`''`: none). */
export interface EmulatorAnswer {
  readonly status: number;
  readonly body: Record<string, unknown> | string;
  readonly headers?: Readonly<Record<string, string>>;
}
