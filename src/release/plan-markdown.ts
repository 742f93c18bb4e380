import { markdownTable } from '../render/markdown-table.js';
import { JOB_KINDS, type ReleasePlan } from './plan.js';

export function planMarkdown(plan: ReleasePlan): string {
  const r = plan.release;
  const flags = [r.prerelease ? 'prerelease' : 'stable', ...(r.draft ? ['draft'] : [])].join(', ');
  const rows: string[][] = [];
  for (const kind of JOB_KINDS) {
    for (const job of plan.jobs[kind]) {
      const j = job as unknown as Record<string, unknown>;
      const detail =
        kind === 'bundle' ? `${String(j.asset)} (${(j.components as string[]).join(', ')})`
        : kind === 'image' ? `${String(j.image)} ${String(j.platform)}`
        : kind === 'test' ? `${String(j.platform)} ${String(j.platformVersion)}`
        : String(j.path);
      rows.push([kind, String(j.name), String(j.version), String(j.runner), detail]);
    }
  }
  const body = rows.length > 0 ? markdownTable(['kind', 'job', 'version', 'runner', 'what'], rows) : '_Nothing to build._';
  return `## Release plan: ${r.name} ${r.version}\n\n${r.tag ? `Tag \`${r.tag}\`, ` : ''}${flags}; version from ${r.versionSource}.\n\n${body}\n`;
}
