export interface Fault {
  method?: string;
  path?: RegExp;
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
  /** Forward the request, then drop the connection instead of passing the answer back. */
  dropAnswer?: boolean;
  resetAfterBytes?: number;
}

export interface FaultProxy {
  host: string;
  url: string;
  stats: { blobBytes: number; requests: number; injected: number; connections: number };
  faults: Fault[];
  log: string[];
  inject(fault: Fault): void;
  reset(): void;
  close(): Promise<void>;
}

export function startFaultProxy(target: string): Promise<FaultProxy>;
