import { createAwsCollector } from '../providers/aws/index.js';
import { startAwsSimulator } from '../src/simulator/aws/server.js';
import { accessKeyFor } from '../src/simulator/aws/world.js';
import { orgWorld, MGMT } from '../test/providers/aws/_world.js';
for (let i = 0; i < 3; i++) {
const sim = await startAwsSimulator({ world: orgWorld(), rateLimits: { '*': { capacity: 1, refillPerSecond: 20 } } });
const c = createAwsCollector({ regions: ['us-east-1', 'eu-west-1'], org: true, assumeRole: 'PhiscanReadOnly', externalId: 'ext-1' }, { endpoint: sim.endpoint, credentials: { accessKeyId: accessKeyFor(MGMT), secretAccessKey: 'x' }, maxAttempts: 12 });
const t = performance.now(); let n = 0;
for await (const e of c.collect({ log: (m) => { if (!m.includes('NotCollected')) console.log(m); } })) { if (e.kind === 'resource') n++; else if (e.gap.reason !== 'unsupported' && e.gap.account !== '333333333333') console.log(e.gap.service, e.gap.operation, e.gap.errorCode); }
console.log(n, Math.round(performance.now() - t), sim.calls.length, sim.calls.filter(x => x.status >= 400).length);
await sim.close();
}
