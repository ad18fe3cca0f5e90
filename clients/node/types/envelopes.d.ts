// What the provider API answers, per envelope family (docs/contract.md of the emulator's repository).

/** reAPI's error envelope (every non-2xx answer of a `reapi` listener). */
export interface ReapiError {
  error: { code: number; message: string; request_id: string };
}

/** A task failure inside a poll answer (80001, 80002, 80003, 80006). */
export interface TaskFailure {
  code: number;
  message: string;
}

/** reAPI's canonical envelope: the submit answer and every poll (gpt-image-2, z-image, flux-2, …). */
export interface CanonicalTask {
  id: string;
  model: string;
  status: "processing" | "completed" | "failed";
  /** Unix seconds. */
  created_at: number;
  output: { image_urls: string[] } | null;
  error: TaskFailure | null;
}

/** reAPI's imagen envelope (`imagen-4-0`, `midjourney`): the submit answer. */
export interface ImagenSubmit {
  code: 200;
  data: Array<{ status: "submitted"; task_id: string }>;
}

/** reAPI's imagen envelope: a poll answer. */
export interface ImagenTask {
  code: 200;
  data: {
    id: string;
    status: "submitted" | "processing" | "completed" | "failed";
    progress?: number;
    result?: { images: Array<{ url: string; expires_at: number }> };
    created?: number;
    completed?: number;
    error?: TaskFailure;
  };
}

/** API in One's error envelope: `code` is the HTTP status. */
export interface ApiInOneError {
  error: { code: number; message: string; type: string };
}

/** API in One (`imagen4`, `imagen4-fast`, `imagen4-ultra`): the submit answer. */
export interface ApiInOneSubmit {
  code: 200;
  message: string;
  data: { task_id: string; status: "IN_PROGRESS" };
}

/** API in One: a poll answer (and the body POSTed to a `callback_url`). */
export interface ApiInOneTask {
  code: 200;
  message: string;
  data: {
    task_id: string;
    status: "IN_PROGRESS" | "completed" | "failed";
    output: { image_urls: string[] } | null;
    error: TaskFailure | null;
  };
}
