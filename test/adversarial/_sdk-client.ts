/** Creates one AWS SDK client and exits: the auth test reads the SDK's own Node.js version warning from stderr. */
import { STSClient } from '@aws-sdk/client-sts';

new STSClient({ region: 'us-east-1' }).destroy();
await new Promise((resolve) => setTimeout(resolve, 50));
