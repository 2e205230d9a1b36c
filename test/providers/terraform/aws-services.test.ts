import { describe, expect, it } from 'vitest';
import { mapResources } from '../../../providers/terraform/map/index.js';
import { parsePlan } from '../../../providers/terraform/plan.js';
import type { Resource } from '../../../src/model/resource.js';
import { constant, planJson, refs } from './plan-builder.js';
import { awsHcl, byAddress } from './aws-hcl.js';

/**
 * The AWS service types mapped for the breadth checks: Terraform arguments (as the AWS provider v5
 * documents them) to the API-shaped configs the live collector will fill. Defaults are recorded in
 * `source.defaulted`; unknown stays undefined; secrets (auth tokens, environment values) are never kept.
 */
const defaulted = (r: Resource) => (r.source.kind === 'iac' ? r.source.defaulted : undefined);

const NETWORK = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.main.id
}
resource "aws_kms_key" "phi" {
  description = "phi"
}
`;

describe('classic load balancer (aws_elb)', () => {
  it('reads listeners with their SSL negotiation policy, placement and access logs', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_s3_bucket" "logs" {
  bucket = "acme-elb-logs"
}
resource "aws_elb" "web" {
  name            = "web"
  subnets         = [aws_subnet.a.id]
  security_groups = [aws_security_group.app.id]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  }
  access_logs {
    bucket        = aws_s3_bucket.logs.id
    bucket_prefix = "web"
  }
}
resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
`);
    const elb = byAddress(rs, 'aws_elb.web');
    expect(elb.type).toBe('aws.elb.load-balancer');
    expect(elb.config).toEqual({
      scheme: 'internet-facing',
      vpcId: 'terraform:aws_vpc.main',
      subnetIds: ['terraform:aws_subnet.a'],
      securityGroupIds: ['terraform:aws_security_group.app'],
      listeners: [{ protocol: 'HTTPS', port: 443, instanceProtocol: 'HTTP', instancePort: 8080, sslCertificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/abc', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
      accessLog: { s3BucketName: 'terraform:aws_s3_bucket.logs', s3BucketPrefix: 'web' },
    });
    expect(elb.source).toMatchObject({ joined: [{ address: 'aws_load_balancer_listener_policy.https' }, { address: 'aws_load_balancer_policy.tls12' }] });
  });

  it('an HTTPS listener without an SSL negotiation policy has the service default; no access_logs block = logs off', async () => {
    const elb = byAddress(await awsHcl('resource "aws_elb" "old" {\n  availability_zones = ["us-east-1a"]\n  internal = true\n  listener {\n    lb_port = 443\n    lb_protocol = "https"\n    instance_port = 80\n    instance_protocol = "http"\n    ssl_certificate_id = "arn:aws:iam::111122223333:server-certificate/x"\n  }\n  listener {\n    lb_port = 80\n    lb_protocol = "http"\n    instance_port = 80\n    instance_protocol = "http"\n  }\n}\n'), 'aws_elb.old');
    expect(elb.config).toMatchObject({ scheme: 'internal', accessLog: null, listeners: [{ port: 443, sslPolicy: 'ELBSecurityPolicy-2016-08' }, { port: 80, sslPolicy: null, sslCertificateId: null }] });
    expect(defaulted(elb)).toContain('listeners.sslPolicy');
  });
});

describe('EKS cluster', () => {
  it('reads endpoint access, secrets envelope encryption with the key of the input, log types and placement', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_eks_cluster" "phi" {
  name     = "phi"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  version  = "1.30"
  vpc_config {
    subnet_ids              = [aws_subnet.a.id]
    security_group_ids      = [aws_security_group.app.id]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.phi.arn
    }
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
}
`);
    expect(byAddress(rs, 'aws_eks_cluster.phi').config).toEqual({
      version: '1.30', vpcId: 'terraform:aws_vpc.main', subnetIds: ['terraform:aws_subnet.a'], securityGroupIds: ['terraform:aws_security_group.app'],
      endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'], secretsEncryptionKeyArn: 'terraform:aws_kms_key.phi', enabledLogTypes: ['api', 'audit', 'authenticator'],
    });
  });

  it('defaults: a public endpoint open to 0.0.0.0/0 (recorded as defaulted), no secrets encryption, no control plane logs', async () => {
    const eks = byAddress(await awsHcl('resource "aws_eks_cluster" "d" {\n  name = "d"\n  role_arn = "arn:aws:iam::1:role/r"\n  vpc_config {\n    subnet_ids = ["subnet-1", "subnet-2"]\n  }\n}\n'), 'aws_eks_cluster.d');
    expect(eks.config).toMatchObject({ endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'], secretsEncryptionKeyArn: null, enabledLogTypes: [], subnetIds: ['subnet-1', 'subnet-2'], vpcId: undefined });
    expect(defaulted(eks)).toEqual(expect.arrayContaining(['vpc_config.endpoint_public_access', 'vpc_config.public_access_cidrs']));
  });
});

describe('ElastiCache', () => {
  it('a Redis replication group: encryption at rest with the input\'s key, TLS required, AUTH set (the token is never kept)', async () => {
    const rs = await awsHcl(`${NETWORK}
variable "token" {
  sensitive = true
}
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.phi.arn
  transit_encryption_enabled = true
  auth_token                 = var.token
  snapshot_retention_limit   = 7
  security_group_ids         = [aws_security_group.app.id]
  log_delivery_configuration {
    destination      = "redis-slow"
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }
}
resource "aws_elasticache_cluster" "member" {
  cluster_id           = "cache-002"
  replication_group_id = aws_elasticache_replication_group.cache.id
}
`);
    const group = byAddress(rs, 'aws_elasticache_replication_group.cache');
    expect(group.config).toEqual({
      engine: 'redis', atRestEncryptionEnabled: true, kmsKeyId: 'terraform:aws_kms_key.phi', transitEncryptionEnabled: true, transitEncryptionMode: 'required', authTokenEnabled: true,
      snapshotRetentionDays: 7, securityGroupIds: ['terraform:aws_security_group.app'], subnetGroupName: null,
      logDelivery: [{ logType: 'slow-log', destinationType: 'cloudwatch-logs', destination: 'redis-slow' }], automaticFailover: false, multiAz: false,
    });
    // A member cluster has its group's settings, never a stand-alone default.
    expect(byAddress(rs, 'aws_elasticache_cluster.member').config).toMatchObject({ replicationGroupId: 'terraform:aws_elasticache_replication_group.cache', atRestEncryptionEnabled: true, transitEncryptionEnabled: true, authTokenEnabled: true });
  });

  it('defaults by engine: Redis off at rest, Valkey on; a member of a group outside the input is unknown; stand-alone Memcached has no encryption at rest', async () => {
    const rs = await awsHcl(`
resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "redis"
  description          = "r"
}
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id = "valkey"
  description          = "v"
  engine               = "valkey"
}
resource "aws_elasticache_cluster" "elsewhere" {
  cluster_id           = "x"
  replication_group_id = "group-in-another-stack"
}
resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "m"
  engine                     = "memcached"
  transit_encryption_enabled = true
}
`);
    expect(byAddress(rs, 'aws_elasticache_replication_group.redis').config).toMatchObject({ atRestEncryptionEnabled: false, transitEncryptionEnabled: false, transitEncryptionMode: null, authTokenEnabled: false, snapshotRetentionDays: 0 });
    expect(defaulted(byAddress(rs, 'aws_elasticache_replication_group.redis'))).toEqual(expect.arrayContaining(['at_rest_encryption_enabled', 'transit_encryption_enabled']));
    expect(byAddress(rs, 'aws_elasticache_replication_group.valkey').config).toMatchObject({ atRestEncryptionEnabled: true });
    expect(byAddress(rs, 'aws_elasticache_cluster.elsewhere').config).toMatchObject({ replicationGroupId: 'group-in-another-stack', atRestEncryptionEnabled: undefined, transitEncryptionEnabled: undefined, authTokenEnabled: undefined });
    expect(byAddress(rs, 'aws_elasticache_cluster.memcached').config).toMatchObject({ engine: 'memcached', replicationGroupId: null, atRestEncryptionEnabled: false, transitEncryptionEnabled: true, authTokenEnabled: false });
  });
});

describe('OpenSearch and Elasticsearch domains', () => {
  it('reads encryption, HTTPS enforcement, VPC placement, published logs and the separate access policy', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.phi.key_id
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
  vpc_options {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.app.id]
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:os"
  }
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:os"
    enabled                  = false
  }
  advanced_security_options {
    enabled = true
  }
}
resource "aws_opensearch_domain_policy" "search" {
  domain_name     = aws_opensearch_domain.search.domain_name
  access_policies = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/app" }, Action = "es:ESHttp*", Resource = "*" }] })
}
`);
    expect(byAddress(rs, 'aws_opensearch_domain.search').config).toEqual({
      engineVersion: 'OpenSearch_2.13', encryptionAtRest: true, kmsKeyId: 'terraform:aws_kms_key.phi', nodeToNodeEncryption: true, enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
      vpc: { vpcId: 'terraform:aws_vpc.main', subnetIds: ['terraform:aws_subnet.a'], securityGroupIds: ['terraform:aws_security_group.app'] },
      accessPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'es:ESHttp*', Resource: '*' }] },
      enabledLogTypes: ['AUDIT_LOGS'], fineGrainedAccessControl: true,
    });
  });

  it('a bare legacy domain: public endpoint, encryption off by default, HTTPS enforcement unknown (the service default)', async () => {
    const es = byAddress(await awsHcl('resource "aws_elasticsearch_domain" "old" {\n  domain_name = "old"\n  elasticsearch_version = "7.10"\n}\n'), 'aws_elasticsearch_domain.old');
    expect(es.config).toMatchObject({ engineVersion: 'Elasticsearch_7.10', encryptionAtRest: false, kmsKeyId: null, nodeToNodeEncryption: false, enforceHttps: undefined, tlsSecurityPolicy: undefined, vpc: null, accessPolicy: null, enabledLogTypes: [], fineGrainedAccessControl: false });
    expect(defaulted(es)).toEqual(expect.arrayContaining(['encrypt_at_rest.enabled', 'node_to_node_encryption.enabled']));
  });
});

describe('Redshift cluster', () => {
  it('reads require_ssl from its parameter group and audit logging from aws_redshift_logging', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_redshift_parameter_group" "tls" {
  name   = "tls"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = "true"
  }
}
resource "aws_redshift_cluster" "dw" {
  cluster_identifier           = "dw"
  node_type                    = "ra3.xlplus"
  encrypted                    = true
  kms_key_id                   = aws_kms_key.phi.arn
  publicly_accessible          = false
  vpc_security_group_ids       = [aws_security_group.app.id]
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
}
resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}
`);
    expect(byAddress(rs, 'aws_redshift_cluster.dw').config).toEqual({
      encrypted: true, kmsKeyId: 'terraform:aws_kms_key.phi', publiclyAccessible: false, vpcId: undefined, securityGroupIds: ['terraform:aws_security_group.app'], subnetGroupName: null,
      requireSsl: true, auditLogging: { destinationType: 'cloudwatch', bucketName: null }, automatedSnapshotRetentionDays: 1, enhancedVpcRouting: false,
    });
  });

  it('defaults (provider v5): publicly accessible, default parameter group without require_ssl, no audit logging; a snapshot restore has unknown encryption', async () => {
    const rs = await awsHcl('resource "aws_redshift_cluster" "d" {\n  cluster_identifier = "d"\n  node_type = "ra3.xlplus"\n}\nresource "aws_redshift_cluster" "restored" {\n  cluster_identifier = "r"\n  node_type = "ra3.xlplus"\n  snapshot_identifier = "nightly"\n}\n');
    expect(byAddress(rs, 'aws_redshift_cluster.d').config).toMatchObject({ encrypted: true, publiclyAccessible: true, requireSsl: false, auditLogging: null });
    expect(defaulted(byAddress(rs, 'aws_redshift_cluster.d'))).toEqual(expect.arrayContaining(['encrypted', 'publicly_accessible']));
    expect(byAddress(rs, 'aws_redshift_cluster.restored').config).toMatchObject({ encrypted: undefined });
  });
});

describe('SNS, SQS and Secrets Manager', () => {
  it('SNS: the key, the separate topic policy and delivery status logging', async () => {
    const rs = await awsHcl('resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n  kms_master_key_id = "alias/aws/sns"\n  sqs_failure_feedback_role_arn = "arn:aws:iam::1:role/feedback"\n}\nresource "aws_sns_topic_policy" "alerts" {\n  arn = aws_sns_topic.alerts.arn\n  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "sns:Publish", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }] })\n}\nresource "aws_sns_topic" "plain" {\n  name = "plain"\n}\n');
    expect(byAddress(rs, 'aws_sns_topic.alerts').config).toEqual({ kmsMasterKeyId: 'alias/aws/sns', policy: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }, fifo: false, deliveryStatusLogging: ['sqs'] });
    expect(byAddress(rs, 'aws_sns_topic.plain').config).toEqual({ kmsMasterKeyId: null, policy: null, fifo: false, deliveryStatusLogging: [] });
  });

  it('SQS: SQS-managed encryption by default, off with a KMS key; the separate queue policy', async () => {
    const rs = await awsHcl(`${NETWORK}resource "aws_sqs_queue" "plain" {\n  name = "plain"\n}\nresource "aws_sqs_queue" "kms" {\n  name = "kms.fifo"\n  fifo_queue = true\n  kms_master_key_id = aws_kms_key.phi.id\n}\nresource "aws_sqs_queue_policy" "kms" {\n  queue_url = aws_sqs_queue.kms.id\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = "*" }] })\n}\n`);
    const plain = byAddress(rs, 'aws_sqs_queue.plain');
    expect(plain.config).toEqual({ kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null, fifo: false });
    expect(defaulted(plain)).toContain('sqs_managed_sse_enabled');
    expect(byAddress(rs, 'aws_sqs_queue.kms').config).toMatchObject({ kmsMasterKeyId: 'terraform:aws_kms_key.phi', sqsManagedSseEnabled: false, fifo: true, policy: { Statement: [{ Action: 'sqs:SendMessage' }] } });
  });

  it('Secrets Manager: rotation from its own resource (interval or rate schedule), none without it; the key and replicas', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_secretsmanager_secret" "db" {
  name       = "db"
  kms_key_id = aws_kms_key.phi.arn
  replica {
    region = "us-west-2"
  }
}
resource "aws_lambda_function" "rotate" {
  function_name = "rotate"
  role          = "arn:aws:iam::1:role/r"
  runtime       = "python3.12"
  handler       = "index.handler"
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 30
  }
}
resource "aws_secretsmanager_secret" "scheduled" {
  name = "scheduled"
}
resource "aws_secretsmanager_secret_rotation" "scheduled" {
  secret_id = aws_secretsmanager_secret.scheduled.id
  rotation_rules {
    schedule_expression = "rate(10 days)"
  }
}
resource "aws_secretsmanager_secret" "static" {
  name = "static"
}
`);
    expect(byAddress(rs, 'aws_secretsmanager_secret.db').config).toEqual({ kmsKeyId: 'terraform:aws_kms_key.phi', rotationEnabled: true, rotationLambdaArn: 'terraform:aws_lambda_function.rotate', rotationIntervalDays: 30, rotationScheduleExpression: null, lastRotatedDate: undefined, policy: null, replicaRegions: ['us-west-2'] });
    expect(byAddress(rs, 'aws_secretsmanager_secret.scheduled').config).toMatchObject({ rotationEnabled: true, rotationIntervalDays: 10, rotationScheduleExpression: 'rate(10 days)' });
    expect(byAddress(rs, 'aws_secretsmanager_secret.static').config).toMatchObject({ kmsKeyId: null, rotationEnabled: false, rotationLambdaArn: null, rotationIntervalDays: null });
  });
});

describe('API Gateway stages', () => {
  it('REST: access logs, execution logging and cache encryption from the */* method settings, the WAF association, the client certificate', async () => {
    const rs = await awsHcl(`
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}
resource "aws_cloudwatch_log_group" "access" {
  name = "api-access"
}
resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend"
}
resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = "d1"
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
  xray_tracing_enabled  = true
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = "$context.requestId"
  }
}
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level        = "INFO"
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"
}
resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
resource "aws_api_gateway_stage" "dev" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "d1"
  stage_name    = "dev"
}
`);
    expect(byAddress(rs, 'aws_api_gateway_stage.prod').config).toEqual({
      apiType: 'REST', apiId: 'terraform:aws_api_gateway_rest_api.api', accessLogDestinationArn: 'terraform:aws_cloudwatch_log_group.access', executionLoggingLevel: 'INFO',
      cacheClusterEnabled: true, cacheDataEncrypted: true, clientCertificateId: 'terraform:aws_api_gateway_client_certificate.backend', webAclArn: 'terraform:aws_wafv2_web_acl.api', tracingEnabled: true,
    });
    // The method settings name the prod stage: the dev stage of the same API has none.
    expect(byAddress(rs, 'aws_api_gateway_stage.dev').config).toMatchObject({ accessLogDestinationArn: null, executionLoggingLevel: null, cacheClusterEnabled: false, cacheDataEncrypted: null, clientCertificateId: null, webAclArn: null, tracingEnabled: false });
  });

  it('v2: an HTTP API stage has no execution logging; a WebSocket stage reads its default route settings', async () => {
    const rs = await awsHcl('resource "aws_apigatewayv2_api" "http" {\n  name = "http"\n  protocol_type = "HTTP"\n}\nresource "aws_apigatewayv2_stage" "http" {\n  api_id = aws_apigatewayv2_api.http.id\n  name = "$default"\n}\nresource "aws_apigatewayv2_api" "ws" {\n  name = "ws"\n  protocol_type = "WEBSOCKET"\n  route_selection_expression = "$request.body.action"\n}\nresource "aws_apigatewayv2_stage" "ws" {\n  api_id = aws_apigatewayv2_api.ws.id\n  name = "prod"\n  default_route_settings {\n    logging_level = "ERROR"\n  }\n}\n');
    expect(byAddress(rs, 'aws_apigatewayv2_stage.http').config).toEqual({ apiType: 'HTTP', apiId: 'terraform:aws_apigatewayv2_api.http', accessLogDestinationArn: null, executionLoggingLevel: null, cacheClusterEnabled: false, cacheDataEncrypted: null, clientCertificateId: null, webAclArn: null, tracingEnabled: false });
    expect(byAddress(rs, 'aws_apigatewayv2_stage.ws').config).toMatchObject({ apiType: 'WEBSOCKET', executionLoggingLevel: 'ERROR' });
  });
});

describe('Lambda function', () => {
  it('keeps environment variable names only, reads the VPC, the function URL and permissions as the resource policy', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/lambda"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  kms_key_arn   = aws_kms_key.phi.arn
  environment {
    variables = {
      DB_PASSWORD = "hunter2-do-not-leak"
      STAGE       = "prod"
    }
  }
  vpc_config {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = [aws_security_group.app.id]
  }
  tracing_config {
    mode = "Active"
  }
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
}
resource "aws_lambda_permission" "url" {
  statement_id           = "FunctionURLAllowPublicAccess"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.api.function_name
  principal              = "*"
  function_url_auth_type = "NONE"
}
resource "aws_lambda_permission" "sns" {
  statement_id  = "sns"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.t.arn
}
resource "aws_sns_topic" "t" {
  name = "t"
}
`);
    const fn = byAddress(rs, 'aws_lambda_function.api');
    expect(fn.config).toEqual({
      runtime: 'nodejs20.x', packageType: 'Zip', kmsKeyArn: 'terraform:aws_kms_key.phi', environmentVariableNames: ['DB_PASSWORD', 'STAGE'],
      vpc: { vpcId: 'terraform:aws_vpc.main', subnetIds: ['terraform:aws_subnet.a'], securityGroupIds: ['terraform:aws_security_group.app'] },
      tracingMode: 'Active', logGroup: '/aws/lambda/api', functionUrlAuthType: 'NONE',
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'terraform:aws_lambda_function.api', Condition: { ArnLike: { 'AWS:SourceArn': 'terraform:aws_sns_topic.t' } } },
          { Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: 'terraform:aws_lambda_function.api', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } },
        ],
      },
    });
    expect(JSON.stringify(fn)).not.toContain('hunter2');
  });

  it('defaults: no VPC, pass-through tracing, no URL, no resource policy; a container image has no runtime', async () => {
    const fn = byAddress(await awsHcl('resource "aws_lambda_function" "img" {\n  function_name = "img"\n  role = "arn:aws:iam::1:role/r"\n  package_type = "Image"\n  image_uri = "111122223333.dkr.ecr.us-east-1.amazonaws.com/fn:1"\n}\n'), 'aws_lambda_function.img');
    expect(fn.config).toEqual({ runtime: null, packageType: 'Image', kmsKeyArn: null, environmentVariableNames: [], vpc: null, tracingMode: 'PassThrough', logGroup: '/aws/lambda/img', functionUrlAuthType: null, policy: null });
  });
});

describe('SageMaker notebook instance', () => {
  it('reads the KMS key, direct internet and root access, subnet and security groups; defaults are the API\'s (Enabled)', async () => {
    const rs = await awsHcl(`${NETWORK}
resource "aws_sagemaker_notebook_instance" "private" {
  name                   = "private"
  role_arn               = "arn:aws:iam::111122223333:role/sm"
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.phi.arn
  subnet_id              = aws_subnet.a.id
  security_groups        = [aws_security_group.app.id]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}
resource "aws_sagemaker_notebook_instance" "defaults" {
  name          = "defaults"
  role_arn      = "arn:aws:iam::111122223333:role/sm"
  instance_type = "ml.t3.medium"
}
`);
    expect(byAddress(rs, 'aws_sagemaker_notebook_instance.private').config).toEqual({
      kmsKeyId: 'terraform:aws_kms_key.phi', directInternetAccess: false, rootAccess: false, subnetId: 'terraform:aws_subnet.a', securityGroupIds: ['terraform:aws_security_group.app'],
    });
    const d = byAddress(rs, 'aws_sagemaker_notebook_instance.defaults');
    expect(d.config).toEqual({ kmsKeyId: null, directInternetAccess: true, rootAccess: true, subnetId: null, securityGroupIds: [] });
    expect(defaulted(d)).toEqual(expect.arrayContaining(['direct_internet_access', 'root_access']));
  });
});

describe('from a plan', () => {
  it('values known only after apply stay unknown; the auth token in the plan is never kept', () => {
    const rs = mapResources(parsePlan('plan.json', planJson([
      { type: 'aws_elasticache_replication_group', name: 'c', after: { replication_group_id: 'c', description: 'd', engine: 'redis', auth_token: 'plan-secret-token', transit_encryption_enabled: true, at_rest_encryption_enabled: true }, afterUnknown: { kms_key_id: true, snapshot_retention_limit: true }, expressions: { replication_group_id: constant('c'), auth_token: refs('var.token'), kms_key_id: refs('var.key') } },
      { type: 'aws_sqs_queue', name: 'q', after: { name: 'q' }, afterUnknown: { kms_master_key_id: true, sqs_managed_sse_enabled: true, policy: true }, expressions: { name: constant('q'), kms_master_key_id: refs('var.key') } },
    ])));
    const cache = rs.find((r) => r.id === 'terraform:aws_elasticache_replication_group.c');
    expect(cache?.config).toMatchObject({ authTokenEnabled: true, kmsKeyId: undefined, snapshotRetentionDays: 0 });
    expect(JSON.stringify(cache)).not.toContain('plan-secret-token');
    expect(rs.find((r) => r.id === 'terraform:aws_sqs_queue.q')?.config).toMatchObject({ kmsMasterKeyId: undefined, sqsManagedSseEnabled: undefined, policy: null });
  });
});
