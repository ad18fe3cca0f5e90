// What the control API (/_emulator/*) answers (docs/control-api.md of the emulator's repository).
import type { ApiInOneTask, CanonicalTask, ImagenTask } from "./envelopes";

export interface Health {
  status: "ok";
  version: string;
  provider: "reapi" | "apiinone";
  uptime_seconds: number;
}

export interface ClockState {
  mode: "real" | "virtual";
  time_scale: number;
  /** ISO 8601 UTC. */
  now: string;
  now_unix: number;
  now_ms: number;
}

/** One entry of an advance's `changes`. */
export interface ClockChange {
  task_id: string;
  event: "completed" | "failed" | "expired" | "forgotten" | "callback";
  at: string;
  at_unix: number;
  /** `failed`: credits given back, and the owner key (masked). */
  refunded?: number;
  key?: string;
  /** `callback`: one webhook attempt. */
  url?: string;
  attempt?: number;
  status?: number | null;
  error?: string | null;
  delivered?: boolean;
  duration_ms?: number;
  retry_at?: string;
  given_up?: boolean;
}

export interface AdvanceResult {
  advanced_ms: number;
  clock: ClockState;
  changes: ClockChange[];
  count?: number;
  truncated?: boolean;
}

export interface ResetResult {
  status: "reset";
  clock: ClockState;
}

export interface ScenarioInfo {
  name: string | null;
  source: string;
  rules: number;
  accounts: number | null;
  text: string;
}

/** One journal entry: a request the client sent, or a webhook attempt the emulator made. */
export interface JournalEntry {
  seq: number;
  direction: "inbound" | "outbound";
  method: string;
  path: string;
  status: number;
  key: string | null;
  request_id: string;
  at: string;
  body_size: number;
  matched_rule: number | null;
  task_id?: string | null;
  url?: string;
  attempt?: number;
  error?: string | null;
  duration_ms?: number;
}

export interface RequestFilter {
  /** Path prefix. */
  path?: string;
  status?: number;
  /** The latest N (default 100, at most 1,000). */
  limit?: number;
  cursor?: string;
}

export interface TaskFilter {
  /** The whole key. */
  key?: string;
  status?: "processing" | "completed" | "failed";
  limit?: number;
  cursor?: string;
}

export interface TaskSummary {
  id: string;
  model: string;
  key: string;
  status: "processing" | "completed" | "failed";
  created_at: string;
  settles_at: string;
  outcome: "completes" | { fails: number };
  credits: number;
  images: number;
  size: string;
  rule: number | null;
  refunded_at: string | null;
}

export interface TimelineEvent {
  event: string;
  at: string;
  at_unix: number;
  code?: number;
  attempt?: number;
  url?: string;
  status?: number | null;
  error?: string | null;
  duration_ms?: number;
  request_id?: string;
  attempts?: number;
}

/** One task in full: what a client's poll would show now is `body`. */
export interface TaskDetail extends TaskSummary {
  prompt: string;
  parameters: Record<string, unknown>;
  image_urls: string[];
  expires_at: string | null;
  timeline: TimelineEvent[];
  body: CanonicalTask | ImagenTask | ApiInOneTask;
}

export interface LedgerEntry {
  task_id: string | null;
  amount: number;
  reason: "charge" | "refund" | "adjustment";
  at: string;
  at_unix: number;
}

export interface Account {
  key: string;
  credits: number;
  revoked: boolean;
  ledger: LedgerEntry[];
  ledger_dropped?: number;
}

export interface AccountUpdate {
  credits?: number;
  revoked?: boolean;
}

export interface ReportFinding {
  rule_id: string;
  rule: string;
  source: { title: string; url: string };
  count: number;
  evidence: Array<{ request_ids: string[]; task_id?: string; at: string; detail: string }>;
  evidence_omitted: number;
}

/** GET /_emulator/report: coverage of documented outcomes and client-behaviour findings. */
export interface Report {
  session: string;
  provider: "reapi" | "apiinone";
  generated_at: string;
  requests_observed: number;
  coverage: {
    documented_outcomes: string[];
    models: Array<{ model: string; requests: number; exercised: string[]; never_exercised: string[]; counts: Record<string, number> }>;
    unattributed: { requests: number; counts: Record<string, number> };
  };
  findings: ReportFinding[];
  rules_checked: string[];
  tasks: { tracked: number; in_flight: number; untracked: number; capacity: number };
}

/** POST /_emulator/sessions. */
export interface SessionInfo {
  id: string;
  name: string | null;
  base_url: string;
  clock: ClockState;
  created_at: string;
  last_used_at: string;
  tasks: number;
}
