// The language server's process, forked as soon as the extension activates. vscode-languageclient
// forks it only after a later turn of the extension host's event loop (it first stats the working
// folder), and at the editor's start that loop is busy with the workbench and other extensions: in
// bench:editor the fork came 0.45 s after client.start(). Forked at activation, the server loads
// its bundle meanwhile. No 'vscode' import here (unit-tested under plain Node).
import { fork, type ChildProcess } from "node:child_process";
import { IPCMessageReader, IPCMessageWriter, type MessageReader, type MessageWriter } from "vscode-jsonrpc/node";

/** Forks the server as vscode-languageclient does for TransportKind.ipc (the server exits with the client's process). */
export function forkServer(module: string, execArgv: string[] = [], env: Record<string, string> = {}): ChildProcess {
  return fork(module, ["--node-ipc", `--clientProcessId=${process.pid}`], {
    execArgv,
    silent: true,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: "1", ELECTRON_NO_ASAR: "1", ...env },
  });
}

export interface EarlyServer {
  /** The process forked at once, until the client takes it. */
  readonly forked: ChildProcess | undefined;
  /** LanguageClient's server options: the first start takes the forked process, a restart forks a new one. */
  start(): Promise<{ reader: MessageReader; writer: MessageWriter; detached: boolean }>;
}

/** Forks the server now; `log` gets its output (the client's output channel); `env` is added to the extension host's. */
export function earlyServer(module: string, execArgv: string[], log: (text: string) => void, env: Record<string, string> = {}): EarlyServer {
  let forked: ChildProcess | undefined = forkServer(module, execArgv, env);
  return {
    get forked() {
      return forked;
    },
    start: async () => {
      const child = forked ?? forkServer(module, execArgv, env);
      forked = undefined;
      child.stdout?.on("data", (d: Buffer) => log(d.toString()));
      child.stderr?.on("data", (d: Buffer) => log(d.toString()));
      return { reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child), detached: false };
    },
  };
}
