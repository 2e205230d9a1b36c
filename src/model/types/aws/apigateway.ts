import { defineResourceType } from '../registry.js';

/** API Gateway stage: REST APIs (v1 `GetStage`) and HTTP / WebSocket APIs (v2 `GetStage`). */
export interface ApiGatewayStageConfig {
  /** `REST` (API Gateway v1), `HTTP` or `WEBSOCKET` (v2). */
  readonly apiType: 'REST' | 'HTTP' | 'WEBSOCKET' | undefined;
  readonly apiId: string | undefined;
  /** `accessLogSettings.destinationArn`; null = access logging off. */
  readonly accessLogDestinationArn: string | null | undefined;
  /**
   * Execution logging of every method or route: REST `methodSettings["*\/*"].loggingLevel`, WebSocket
   * `DefaultRouteSettings.LoggingLevel` (`OFF`, `ERROR`, `INFO`); null = not set (off; HTTP APIs have none).
   */
  readonly executionLoggingLevel: 'OFF' | 'ERROR' | 'INFO' | null | undefined;
  /** REST: `cacheClusterEnabled`; false for v2 APIs (no cache). */
  readonly cacheClusterEnabled: boolean | undefined;
  /** REST: `methodSettings["*\/*"].cacheDataEncrypted`; null where the stage has no cache. */
  readonly cacheDataEncrypted: boolean | null | undefined;
  /** REST and WebSocket: the client certificate presented to the integration backend (`clientCertificateId`); null = none. */
  readonly clientCertificateId: string | null | undefined;
  /** REST: the AWS WAF web ACL of the stage (`webAclArn`); null = none (HTTP and WebSocket APIs cannot have one). */
  readonly webAclArn: string | null | undefined;
  /** REST: `tracingEnabled` (X-Ray); false for v2 APIs. */
  readonly tracingEnabled: boolean | undefined;
}

export const APIGATEWAY_STAGE = defineResourceType({
  type: 'aws.apigateway.stage', provider: 'aws', title: 'API Gateway stage',
  native: { awsConfig: 'AWS::ApiGateway::Stage', terraform: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage', 'aws_api_gateway_method_settings'] },
});

declare module '../registry.js' {
  interface ResourceConfigMap {
    'aws.apigateway.stage': ApiGatewayStageConfig;
  }
}
