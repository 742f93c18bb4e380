import { readFile } from 'node:fs/promises';
import type { Diagnostic, Result } from '../errors/diagnostic.js';

/** What a release event tells about the release that triggered the workflow. */
export interface ReleaseEvent {
  action: string;
  tagName: string;
  prerelease: boolean;
  draft: boolean;
  name?: string;
  htmlUrl?: string;
}

/**
 * Reads the webhook payload of a `release` event from GITHUB_EVENT_PATH. The payload is outside input: its shape is
 * checked field by field, not trusted.
 */
export async function readReleaseEvent(eventPath: string): Promise<Result<ReleaseEvent>> {
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (e) {
    return invalid(`${eventPath}: the event payload cannot be read as JSON (${(e as Error).message.split('\n')[0]})`);
  }
  return parseReleaseEvent(payload, eventPath);
}

export function parseReleaseEvent(payload: unknown, origin = 'event payload'): Result<ReleaseEvent> {
  if (!isRecord(payload) || !isRecord(payload.release)) {
    return invalid(`${origin}: not a release event (no "release" object)`, 'run this on: release, or pass --version');
  }
  const r = payload.release;
  if (typeof r.tag_name !== 'string' || r.tag_name === '') return invalid(`${origin}: release.tag_name is missing`);
  if (typeof r.prerelease !== 'boolean' || typeof r.draft !== 'boolean') {
    return invalid(`${origin}: release.prerelease and release.draft must be booleans`);
  }
  return {
    ok: true,
    value: {
      action: typeof payload.action === 'string' ? payload.action : 'unknown',
      tagName: r.tag_name,
      prerelease: r.prerelease,
      draft: r.draft,
      ...(typeof r.name === 'string' ? { name: r.name } : {}),
      ...(typeof r.html_url === 'string' ? { htmlUrl: r.html_url } : {}),
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalid(message: string, hint?: string): { ok: false; errors: Diagnostic[] } {
  return { ok: false, errors: [{ code: 'bad-event', message, ...(hint ? { hint } : {}) }] };
}
