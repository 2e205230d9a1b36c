import { defineCheck } from '../../../src/engine/check-api.js';
import { evaluateNsgPorts, nsgMeta } from './_nsg.js';

export default defineCheck({
  meta: nsgMeta({
    id: 'azure-network-security-group-no-public-database-ports',
    title: 'Network security group does not open database or cache ports to the internet',
    what: 'database and cache (SQL Server, Oracle, MySQL, PostgreSQL, Redis, Elasticsearch, Memcached, MongoDB)',
    ports: [1433, 1521, 3306, 5432, 6379, 6380, 9200, 11211, 27017],
  }),
  evaluate: (nsg, ctx) => evaluateNsgPorts(nsg, ctx, 'database'),
});
