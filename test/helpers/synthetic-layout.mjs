// Writes an OCI image layout of gzip layers of random bytes, of the sizes asked for: test and benchmark data that
// is incompressible like real binaries, made on the spot in a temporary folder (never kept in the repository).
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

async function writeBlob(dir, data) {
  const hex = createHash('sha256').update(data).digest('hex');
  await writeFile(path.join(dir, 'blobs/sha256', hex), data);
  return { digest: `sha256:${hex}`, size: data.length };
}

async function randomLayer(dir, bytes) {
  const temporary = path.join(dir, `layer.${randomBytes(4).toString('hex')}.partial`);
  const compressed = createHash('sha256');
  const uncompressed = createHash('sha256');
  let size = 0;
  let left = bytes;
  const source = Readable.from((function* () {
    while (left > 0) {
      const n = Math.min(left, 1 << 20);
      left -= n;
      const chunk = randomBytes(n);
      uncompressed.update(chunk);
      yield chunk;
    }
  })());
  const meter = new Transform({
    transform(chunk, _e, cb) {
      compressed.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(source, createGzip({ level: 1 }), meter, createWriteStream(temporary));
  const hex = compressed.digest('hex');
  await rename(temporary, path.join(dir, 'blobs/sha256', hex));
  return { descriptor: { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${hex}`, size }, diffId: `sha256:${uncompressed.digest('hex')}` };
}

/** @param {string} dir @param {{ layers: number[], ref?: string }} o */
export async function writeSyntheticLayout(dir, { layers, ref = 'latest' }) {
  await mkdir(path.join(dir, 'blobs/sha256'), { recursive: true });
  const made = [];
  for (const bytes of layers) made.push(await randomLayer(dir, bytes));
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: made.map((l) => l.diffId) } }));
  const configDescriptor = { mediaType: 'application/vnd.oci.image.config.v1+json', ...(await writeBlob(dir, config)) };
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: configDescriptor, layers: made.map((l) => l.descriptor) }));
  const root = { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...(await writeBlob(dir, manifest)), annotations: { 'org.opencontainers.image.ref.name': ref } };
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [root] }));
  return { digest: root.digest, blobs: [configDescriptor, ...made.map((l) => l.descriptor)] };
}
