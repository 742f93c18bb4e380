export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  issued: { user: string | undefined; access: { type: string; name: string; actions: string[] }[] }[];
  close(): Promise<void>;
}

export interface TestRegistry {
  host: string;
  port: number;
  url: string;
  dir: string;
  ca?: string;
  caFile?: string;
  logs(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number>;
export function makeCertificate(dir: string, commonName?: string): { cert: string; key: string };
export function startTokenServer(options?: { users?: Record<string, string>; service?: string; issuer?: string; anonymousPull?: boolean }): Promise<TokenServer>;
export function startRegistry(options?: { tls?: boolean; htpasswd?: Record<string, string>; token?: TokenServer }): Promise<TestRegistry>;
