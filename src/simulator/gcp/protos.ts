import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as protoLoader from '@grpc/proto-loader';

/**
 * The Cloud Asset protos exactly as `@google-cloud/asset` ships them (its own tree plus the
 * common google/* protos google-gax ships), so the simulator speaks the wire format the
 * production client does.
 */
export function loadAssetServiceDefinition(): protoLoader.PackageDefinition {
  const require = createRequire(import.meta.url);
  const assetMain = require.resolve('@google-cloud/asset');
  const gaxMain = createRequire(assetMain).resolve('google-gax');
  const assetProtos = join(dirname(assetMain), '..', 'protos');
  const gaxProtos = join(dirname(gaxMain), '..', 'protos');
  return protoLoader.loadSync('google/cloud/asset/v1/asset_service.proto', {
    includeDirs: [assetProtos, gaxProtos],
    keepCase: false,
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
}

export const ASSET_SERVICE = 'google.cloud.asset.v1.AssetService';
