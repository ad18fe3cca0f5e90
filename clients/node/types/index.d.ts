// reapi-emulator: start the emulator of the reAPI / API in One image APIs from JavaScript tests.
import type {
  Account, AccountUpdate, AdvanceResult, ClockState, Health, JournalEntry, Report, RequestFilter,
  ResetResult, ScenarioInfo, TaskDetail, TaskFilter, TaskSummary,
} from "./control";

export * from "./control";
export * from "./envelopes";

declare global {
  interface SymbolConstructor {
    /** Present from Node 18.18 / 20.4; the package defines it on older releases. */
    readonly asyncDispose: unique symbol;
  }
}

/** YAML or JSON text, an object, or the path of a file (a string ending in .yaml/.yml/.json, or a file URL). */
export type Scenario = string | URL | Record<string, unknown>;

export interface StartOptions {
  /** The executable; else $REAPI_EMULATOR_BIN, the reapi-emulator-<platform>-<arch> package, the PATH. */
  binary?: string;
  /** Loaded at start (`--scenario`); text and objects go through a temporary file. */
  scenario?: Scenario | null;
  /** The listener's dialect (`--provider`); default the binary's (`reapi`, or $REAPI_EMULATOR_PROVIDER). */
  provider?: "reapi" | "apiinone";
  /** `virtual` (default: frozen until advance()), `real`, or null for the scenario's choice. */
  clock?: "virtual" | "real" | null;
  /** Makes task ids, durations and request ids repeatable (`--seed`). */
  seed?: number;
  /** More command-line flags, e.g. `["--time-scale", "60"]`. */
  args?: readonly string[];
  /** Variables added to the emulator's environment. */
  env?: Record<string, string>;
  /** How long to wait for the ready line (default 10,000). */
  startupTimeoutMs?: number;
}

export interface SessionOptions {
  scenario?: Scenario | null;
  /** Default `virtual`. */
  clock?: "virtual" | "real" | null;
  seed?: number;
  timeScale?: number;
  name?: string;
}

export interface ConnectOptions extends SessionOptions {
  /** The running emulator's base URL; default $REAPI_EMULATOR_URL (set by the global set-ups). */
  url?: string;
}

/** The control API of an emulator or of one session of it. */
export declare class ControlClient {
  constructor(baseUrl: string);
  /** Where the provider API is served: `${baseUrl}/api/v1/images/generations`. */
  readonly baseUrl: string;
  /** `baseUrl` + `path`. */
  url(path: string): string;
  health(): Promise<Health>;
  clock(): Promise<ClockState>;
  /** Moves the clock ahead and applies what fell due: completions, refunds, expiry, held answers, webhooks. */
  advance(seconds: number): Promise<AdvanceResult>;
  /** Tasks, ledger, journal, rule counters and clock back to the scenario's start. */
  reset(): Promise<ResetResult>;
  /** Replaces the scenario and resets; an invalid one rejects with ControlError (400). */
  loadScenario(textOrPath: Scenario): Promise<ScenarioInfo>;
  scenario(): Promise<ScenarioInfo>;
  /** The request journal, oldest first. */
  requests(filter?: RequestFilter): Promise<JournalEntry[]>;
  clearRequests(): Promise<number>;
  tasks(filter?: TaskFilter): Promise<TaskSummary[]>;
  task(id: string): Promise<TaskDetail>;
  /** null when the key is unknown. */
  account(key: string): Promise<Account | null>;
  setAccount(key: string, update: AccountUpdate): Promise<Account>;
  report(): Promise<Report>;
  report(options: { format: "markdown" }): Promise<string>;
  clearReport(): Promise<{ cleared: number }>;
}

/** One session: its own clock, scenario, accounts, tasks, media and journal, under its own base URL. */
export declare class Session extends ControlClient {
  readonly id: string;
  /** The emulator's own base URL (where the session was opened). */
  readonly rootUrl: string;
  readonly closed: boolean;
  /** Ends the session: its tasks, media and journal are gone. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** A running `reapi-emulator serve` child process. */
export declare class Emulator extends ControlClient {
  readonly binary: string;
  /** The command line it was started with. */
  readonly command: readonly string[];
  readonly pid: number;
  readonly running: boolean;
  /** What it wrote on stderr so far (the latest 64 KiB). */
  stderr(): string;
  /** A new isolated session (POST /_emulator/sessions). */
  session(options?: SessionOptions): Promise<Session>;
  /** SIGTERM, SIGKILL after `timeoutMs` (default 10,000); resolves to the exit status. */
  stop(options?: { timeoutMs?: number }): Promise<number>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** Starts `reapi-emulator serve --port 0` and resolves once its ready line was printed. */
export declare function startEmulator(options?: StartOptions): Promise<Emulator>;

/** A new session of the run's emulator (the one a Vitest or Jest global set-up started). */
export declare function connectSession(options?: ConnectOptions): Promise<Session>;

/** The executable startEmulator would run. */
export declare function findBinary(binary?: string): string;

/** `reapi-emulator-<platform>-<arch>`, the package carrying the executable. */
export declare function platformPackageName(platform?: string, arch?: string): string;

export declare const BINARY_VARIABLE: "REAPI_EMULATOR_BIN";
export declare const URL_VARIABLE: "REAPI_EMULATOR_URL";
export declare const READY_PREFIX: "reapi-emulator listening on ";

export declare class EmulatorError extends Error {}
export declare class BinaryNotFoundError extends EmulatorError {}
export declare class StartError extends EmulatorError {
  /** The emulator's stderr (its `reapi-emulator: error: …` line). */
  readonly stderr: string;
  readonly exitCode: number | null;
}
export declare class ControlError extends EmulatorError {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: string;
}
