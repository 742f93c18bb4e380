import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/oci/media-types.ts
var MEDIA = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json"
}, MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(", ");
function isIndexType(mediaType) {
  return mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList;
}
function isManifestType(mediaType) {
  return mediaType === MEDIA.ociManifest || mediaType === MEDIA.dockerManifest;
}

export {
  MEDIA,
  MANIFEST_ACCEPT,
  isIndexType,
  isManifestType
};
